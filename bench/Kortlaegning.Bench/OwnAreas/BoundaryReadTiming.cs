using System.Diagnostics;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Bench.OwnAreas;

/// <summary>
/// The .NET side of an own-area dry run, in process: reading a boundary file (bench/areas-import/make_files.py makes
/// the 20 MB GeoJSON) N times, after one warm-up. Usage: bench own-areas-read FILE [runs=5].
/// </summary>
public static class BoundaryReadTiming
{
    public static void Run(string[] args)
    {
        var path = args[0];
        int runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var bytes = File.ReadAllBytes(path);
        var format = path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) ? BoundaryFormat.GeoPackage : BoundaryFormat.GeoJson;
        Read(bytes, format); // warm-up (JIT)
        var times = new List<double>();
        int features = 0;
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            features = Read(bytes, format);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{Path.GetFileName(path)} ({bytes.Length / 1e6:0.0} MB, {features} features): median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms over {runs} runs");
    }

    private static int Read(byte[] bytes, BoundaryFormat format)
    {
        using var stream = new MemoryStream(bytes);
        return BoundaryReader.Read(stream, format).Features.Count;
    }
}
