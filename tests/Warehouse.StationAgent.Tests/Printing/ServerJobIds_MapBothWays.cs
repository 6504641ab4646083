using Warehouse.Devices.Printers;

namespace Warehouse.StationAgent.Tests.Printing;

/// <summary>A server job number survives the trip through the queue's Guid; a job the agent made itself is never taken for one.</summary>
public sealed class ServerJobIds_MapBothWays
{
    [Theory]
    [InlineData(1L)]
    [InlineData(42L)]
    [InlineData(int.MaxValue)]
    [InlineData(long.MaxValue)]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    public void A_server_job_number_comes_back_from_its_guid(long serverId)
    {
        Assert.Equal(serverId, ServerJobIds.FromGuid(ServerJobIds.ToGuid(serverId)));
    }

    [Fact]
    public void Different_job_numbers_make_different_guids()
    {
        var guids = Enumerable.Range(1, 1000).Select(i => ServerJobIds.ToGuid(i)).ToHashSet();

        Assert.Equal(1000, guids.Count);
    }

    [Fact]
    public void A_random_guid_is_not_taken_for_a_server_job()
    {
        for (var i = 0; i < 10_000; i++) Assert.Null(ServerJobIds.FromGuid(Guid.NewGuid()));
        Assert.Null(ServerJobIds.FromGuid(Guid.Empty));
    }

    [Fact]
    public void A_guid_with_the_marker_but_other_bytes_set_is_not_taken_for_a_server_job()
    {
        Span<byte> bytes = stackalloc byte[16];
        ServerJobIds.ToGuid(5).TryWriteBytes(bytes);
        bytes[9] = 1;

        Assert.Null(ServerJobIds.FromGuid(new Guid(bytes)));
    }
}
