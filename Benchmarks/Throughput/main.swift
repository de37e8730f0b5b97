// Release-mode throughput benchmark: the full default pipeline on the seed page repeated to about
// 10 MB. Run: swift run -c release zhtidy-bench [seed-file] [target-MB] [runs]
import Foundation
import ZhTidy

let args = CommandLine.arguments
let seedPath = args.count > 1 ? args[1] : "seeds/000_feb1d816decd85e9.txt"
let targetMB = args.count > 2 ? Double(args[2]) ?? 10 : 10
let runs = args.count > 3 ? Int(args[3]) ?? 5 : 5

guard let seed = FileManager.default.contents(atPath: seedPath) else {
    FileHandle.standardError.write(Data("zhtidy-bench: cannot read \(seedPath)\n".utf8))
    exit(74)
}
var input = [UInt8]()
let target = Int(targetMB * 1_000_000)
while input.count < target {
    input.append(contentsOf: seed)
    input.append(contentsOf: "\n\n".utf8)
}
var times: [Double] = []
var outputBytes = 0
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try Tidy.run(input)
    let end = DispatchTime.now().uptimeNanoseconds
    outputBytes = result.output.count
    times.append(Double(end - start) / 1e9)
}
times.sort()
let median = times[times.count / 2]
let mb = Double(input.count) / 1_000_000
print(String(format: "input %.1f MB, output %.1f MB, %d runs: median %.3f s = %.1f MB/s (best %.1f MB/s)",
             mb, Double(outputBytes) / 1_000_000, runs, median, mb / median, mb / times[0]))
