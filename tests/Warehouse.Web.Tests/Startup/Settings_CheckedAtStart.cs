using Warehouse.Web.Tests.Deployment;

namespace Warehouse.Web.Tests.Startup;

/// <summary>
/// A setting that would make the floor wrong (labels no dock accepts, times in no zone, a scale
/// that never settles) stops the app at start, saying which key and why, before it takes a scan.
/// </summary>
public sealed class Settings_CheckedAtStart : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("warehouse-settings-").FullName;

    [Theory]
    [InlineData("Labels__SsccCompanyPrefix", "12AB", "Labels:SsccCompanyPrefix must be the 7 to 10 digits")]
    [InlineData("Labels__SsccExtensionDigit", "12", "Labels:SsccExtensionDigit must be one digit")]
    [InlineData("Labels__TrackingUrlBase", "javascript:alert(1)", "Labels:TrackingUrlBase must be an http(s) address")]
    [InlineData("Labels__Sender__Name", " ", "Labels:Sender:Name must be 1 to 60 characters")]
    [InlineData("Floor__TimeZone", "Mars/Olympus_Mons", "Floor:TimeZone must be a time zone")]
    [InlineData("Packing__FillFactor", "3", "FillFactor")]
    [InlineData("Stations__IdleSignOutMinutes", "0", "IdleSignOutMinutes")]
    [InlineData("Outbox__PollInterval", "00:10:00", "PollInterval")]
    [InlineData("Photos__MaxBytes", "0", "MaxBytes")]
    [InlineData("Photos__MaxBytes", "500000000", "MaxBytes")]
    [InlineData("Quality__Checklists__glass__0", "A check far too long to read at a bench: it goes on and on and on, past any label or any screen line at all.", "Quality:Checklists:glass")]
    [InlineData("Notices__TrackingBaseUrl", "ftp://track.example.pl", "Notices:TrackingBaseUrl must be an absolute http(s) address")]
    [InlineData("Notices__Smtp__From", "sklep@example.pl", "Notices:Smtp:Host is required when e-mail is enabled")]
    [InlineData("Agents__KeepAlivePingDelay", "00:00:00.500", "Agents:KeepAlivePingDelay is 00:00:00.5")]
    [InlineData("Agents__KeepAlivePingTimeout", "00:10:00", "Agents:KeepAlivePingTimeout is 00:10:00")]
    [InlineData("Returns__DropOff__ParcelPoint__Carrier", "UPS", "Returns:DropOff:ParcelPoint:Carrier 'UPS' is not a carrier of this warehouse")]
    public async Task A_wrong_setting_stops_the_app_at_start_naming_the_key(string key, string value, string said)
    {
        var environment = new Dictionary<string, string> { ["Storage__DataFolder"] = _dataFolder, [key] = value };

        var run = await PublishedApp.RunAsync(environment, []);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(said, run.StandardOutput + run.StandardError);
        Assert.DoesNotContain("Now listening", run.StandardOutput + run.StandardError);
    }

    [Fact]
    public async Task The_older_packing_keys_for_the_label_still_count()
    {
        var environment = new Dictionary<string, string> { ["Storage__DataFolder"] = _dataFolder, ["Packing__SsccCompanyPrefix"] = "12AB" };

        var run = await PublishedApp.RunAsync(environment, []);

        Assert.Contains("Labels:SsccCompanyPrefix must be the 7 to 10 digits", run.StandardOutput + run.StandardError);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { }
    }
}
