namespace Warehouse.Devices.Scales;

/// <summary>
/// A USB HID POS scale read from a byte stream (<c>/dev/hidraw*</c> through
/// <see cref="DeviceFiles.DeviceFile.AsStream"/>, or a pipe in tests). The scale sends reports by itself.
/// </summary>
public sealed class HidScale(Stream reports, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly byte[] _report = new byte[HidScaleReport.Length];

    /// <summary>The next report; silence within the stream's read timeout is <see cref="ScaleReading.NoAnswer"/>.</summary>
    public async Task<ScaleReading> ReadAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await reports.ReadExactlyAsync(_report, cancellationToken).ConfigureAwait(false);
            return HidScaleReport.Read(_report, _clock.GetUtcNow());
        }
        catch (TimeoutException e)
        {
            return new ScaleReading.NoAnswer(e.Message, _clock.GetUtcNow());
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            return new ScaleReading.NoAnswer($"scale gone: {e.Message}", _clock.GetUtcNow());
        }
    }
}
