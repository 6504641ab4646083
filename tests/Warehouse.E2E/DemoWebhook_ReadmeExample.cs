using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Warehouse.Core.Orders;
using Warehouse.Testing;

namespace Warehouse.E2E;

/// <summary>
/// The README's carrier-webhook example, run as written (bash, openssl, curl) against the demo: the
/// demo's public webhook secret signs it, and a labelled parcel with the example's number moves.
/// </summary>
public sealed class DemoWebhook_ReadmeExample(FloorApp app) : IClassFixture<FloorApp>
{
    private static string Example()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var block = Regex.Match(readme, @"<!-- carrier-webhook-example -->\s*```sh\n(?<script>.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no carrier-webhook example block.");
        return block.Groups["script"].Value;
    }

    private async Task<string> RunAsync(string script)
    {
        var bash = Process.Start(new ProcessStartInfo("bash", ["-euc", script.Replace("http://localhost:5080", app.BaseUrl)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        var errors = await bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync();
        Assert.True(bash.ExitCode == 0, $"The README example failed: {errors}");
        return output;
    }

    [Fact]
    public async Task The_readme_example_signed_with_the_demo_secret_moves_a_labelled_inpost_parcel_once()
    {
        var script = Example();
        var tracking = Regex.Match(script, @"trackingNumber\\"": \\""(?<n>\d+)").Groups["n"].Value;
        Assert.Equal(24, tracking.Length);
        var parcelId = await app.QueryAsync(async db =>
        {
            var order = await db.Orders.OrderBy(o => o.Id).FirstAsync();
            var parcel = new Parcel { Sscc = "359012340000009991", CartonCode = "K1", StationCode = "PACK-01", CarrierCode = "INPOST", ServiceCode = "KURIER" };
            parcel.RequestShipment(DateTime.UtcNow.AddHours(-3));
            parcel.Labelled(tracking, "^XA^XZ", null, DateTime.UtcNow.AddHours(-3));
            order.Parcels.Add(parcel);
            await db.SaveChangesAsync();
            return parcel.Id;
        });

        var answer = await RunAsync(script);

        Assert.Equal("""{"moved":1,"ignored":0,"unknown":0}""", answer.Trim());
        Assert.Equal(ParcelStatus.InTransit, await app.QueryAsync(db => db.Parcels.Where(p => p.Id == parcelId).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Without_the_demo_secret_the_same_example_is_refused()
    {
        var script = Example().Replace("demo-webhook-inpost-0123456789abcdef", "someone-else-s-secret-0123456789abcdef");

        var answer = await RunAsync(script.Replace("curl -s", "curl -s -o /dev/null -w '%{http_code}'"));

        Assert.Equal("401", answer.Trim());
    }
}
