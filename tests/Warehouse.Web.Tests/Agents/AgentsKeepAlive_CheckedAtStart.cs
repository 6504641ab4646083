using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Warehouse.Web.Agents;

namespace Warehouse.Web.Tests.Agents;

/// <summary>
/// The agents' keepalive decides how soon a station learns that its agent's network went silent: a
/// value Kestrel would refuse, or one that would leave a dead agent's station looking alive for
/// minutes, is refused at start with the key's name.
/// </summary>
public sealed class AgentsKeepAlive_CheckedAtStart
{
    private static AgentsOptions Bound(params (string Key, string Value)[] settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddOptions<AgentsOptions>().BindConfiguration("Agents");
        services.AddSingleton<IValidateOptions<AgentsOptions>, AgentsOptionsCheck>();
        return services.BuildServiceProvider().GetRequiredService<IOptions<AgentsOptions>>().Value;
    }

    [Fact]
    public void The_defaults_find_a_silent_network_well_within_ten_seconds()
    {
        var options = Bound();

        Assert.Equal(TimeSpan.FromSeconds(1), options.KeepAlivePingDelay);
        Assert.Equal(TimeSpan.FromSeconds(2), options.KeepAlivePingTimeout);
        // Kestrel looks once a second and pads both times by a second: found within delay + timeout + 4 s,
        // leaving the page a few seconds to show it.
        Assert.True(options.KeepAlivePingDelay + options.KeepAlivePingTimeout + TimeSpan.FromSeconds(4) <= TimeSpan.FromSeconds(7));
    }

    [Theory]
    [InlineData("KeepAlivePingDelay", "00:00:05")]
    [InlineData("KeepAlivePingTimeout", "00:00:01")]
    [InlineData("KeepAlivePingDelay", "00:01:00")]
    public void A_time_from_a_second_to_a_minute_is_taken(string key, string value)
    {
        Assert.Equal(TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            key == "KeepAlivePingDelay" ? Bound(($"Agents:{key}", value)).KeepAlivePingDelay : Bound(($"Agents:{key}", value)).KeepAlivePingTimeout);
    }

    [Theory]
    [InlineData("KeepAlivePingDelay", "00:00:00")]
    [InlineData("KeepAlivePingDelay", "00:00:00.500")]
    [InlineData("KeepAlivePingTimeout", "-00:00:02")]
    [InlineData("KeepAlivePingTimeout", "00:05:00")]
    public void A_time_kestrel_would_refuse_or_that_hides_a_dead_agent_is_refused_naming_the_key(string key, string value)
    {
        var e = Assert.Throws<OptionsValidationException>(() => Bound(($"Agents:{key}", value)));

        Assert.Contains($"Agents:{key} is ", e.Message);
        Assert.Contains("from 00:00:01 to 00:01:00", e.Message);
    }
}
