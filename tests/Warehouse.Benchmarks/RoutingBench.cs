using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Warehouse.Core.Picking.Routing;

namespace Warehouse.Benchmarks;

/// <summary>
/// Pick-list routing (issue 10): how much shorter our exact routes are than S-shape and largest gap
/// over many random pick lists per floor, and how long routing takes (BenchmarkDotNet, in process),
/// both in one run.
/// </summary>
public static class RoutingBench
{
    public static void Run(int lists, bool timing)
    {
        Console.WriteLine($"Load average before the run: {LoadAverage()}.");
        Console.WriteLine();
        Console.WriteLine($"## Route length, {lists} random pick lists per floor and size (mean of each list's ratio)");
        Console.WriteLine();
        Console.WriteLine("| floor | picks | ours, mean (m) | S-shape ÷ ours | largest gap ÷ ours | ours shorter than S-shape in |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var (shape, gap) = (new SShapeRouter(), new LargestGapRouter());
        foreach (var (name, layout) in RoutingFloors.All)
        {
            var ours = PickRouting.RouterFor(layout);
            foreach (var picks in new[] { 10, 50, 200 })
            {
                double total = 0, toShape = 0, toGap = 0;
                var shorter = 0;
                foreach (var list in RoutingFloors.PickLists(layout, picks, lists, seed: 10 * picks + 1))
                {
                    var length = ours.Route(layout, list).LengthMm;
                    var shapeLength = shape.Route(layout, list).LengthMm;
                    var gapLength = gap.Route(layout, list).LengthMm;
                    if (length > shapeLength || length > gapLength)
                        throw new InvalidOperationException($"Our route is longer than a baseline on {name}: a bug.");
                    total += length;
                    toShape += (double)shapeLength / length;
                    toGap += (double)gapLength / length;
                    if (length < shapeLength) shorter++;
                }
                Console.WriteLine($"| {name} | {picks} | {total / lists / 1000:0.0} | {toShape / lists:0.000}× | {toGap / lists:0.000}× | {(double)shorter / lists:P0} |");
            }
        }
        if (!timing) return;

        // In process: BenchmarkDotNet would otherwise generate and build a project around this one,
        // the whole web app included. Ten measured iterations: the build machine is shared.
        var config = ManualConfig.CreateEmpty()
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "warehouse-routing-bench"));
        var summary = BenchmarkRunner.Run<RoutingTimes>(config);
        Console.WriteLine();
        Console.WriteLine("## Time to route one pick list (BenchmarkDotNet, in process, 3 warm-up and 10 measured iterations; median, per list of 16 seeded lists)");
        Console.WriteLine();
        Console.WriteLine("| floor | picks | S-shape (µs) | largest gap (µs) | ours (µs) | ours ÷ S-shape |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var row in summary.Reports
                     .Where(r => r.ResultStatistics is not null)
                     .GroupBy(r => (Floor: (string)r.BenchmarkCase.Parameters["Floor"], Picks: (int)r.BenchmarkCase.Parameters["Picks"])))
        {
            // The median: the build machine is shared, and a neighbour's build lands in a few iterations.
            double Median(string method) => row.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Median / 1000;
            Console.WriteLine($"| {row.Key.Floor} | {row.Key.Picks} | {Median("SShape"):0.0} | {Median("LargestGap"):0.0} | {Median("Ours"):0.0} | {Median("Ours") / Median("SShape"):0.0}× |");
        }
        Console.WriteLine();
        Console.WriteLine($"Load average after the run: {LoadAverage()}.");
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
