using Warehouse.Core.Barcodes;

namespace Warehouse.E2E;

/// <summary>The floor app, and a Chromium whose only camera films the barcode <see cref="Filmed"/> (and allows it without asking).</summary>
public abstract class FakeCameraFloorApp : FloorApp
{
    private readonly string _video = Path.Combine(Directory.CreateTempSubdirectory("warehouse-camera-").FullName, "barcode.y4m");

    protected abstract BarcodeSymbol Filmed();

    protected override string[] ChromiumArgs()
    {
        FakeCameraVideo.Write(_video, Filmed(), modulePx: Filmed().WidthModules > 180 ? 2 : 3);
        return ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--use-file-for-fake-video-capture=" + _video];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(Path.GetDirectoryName(_video)!, recursive: true); } catch (IOException) { }
    }
}
