namespace Warehouse.StationAgent;

/// <summary>The agent's own settings (section "Agent"); the devices themselves are configured on the server.</summary>
public sealed class AgentOptions
{
    /// <summary>The station this PC serves, e.g. PACK-02.</summary>
    public string StationCode { get; set; } = "";

    /// <summary>The server's agent endpoint (HTTP/2), e.g. http://warehouse.local:5081 or https://warehouse.local:5081.</summary>
    public string ServerUrl { get; set; } = "";

    /// <summary>
    /// PEM file of the CA (or CAs) that signed the server's certificate, for an https:// server whose
    /// certificate is not trusted by this PC's system store; then only those CAs are trusted.
    /// </summary>
    public string? ServerCaCertificatePath { get; set; }

    /// <summary>The station's agent secret, issued on the server's device page; or use <see cref="SecretFile"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>A file holding the secret (readable by the agent's user only).</summary>
    public string? SecretFile { get; set; }

    /// <summary>Where unconfirmed scans, print jobs and the last device set are kept.</summary>
    public string StateFolder { get; set; } = "/var/lib/warehouse-agent";

    /// <summary>How often the scale's reading is sent while connected.</summary>
    public TimeSpan WeightInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan FirstReconnect { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan LongestReconnect { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often an idle label printer, and the document printer, are asked for their status, so a paper-out shows before the next label.</summary>
    public TimeSpan PrinterWatchInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one IPP call to the station's document printer may take.</summary>
    public TimeSpan DocumentCallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often unfinished PDF labels are asked after at the document printer, which tells nobody by itself.</summary>
    public TimeSpan DocumentPoll { get; set; } = TimeSpan.FromSeconds(2);

    public string ReadSecret()
    {
        if (Secret is { Length: > 0 } secret) return secret;
        if (SecretFile is { Length: > 0 } file)
        {
            // An empty file would be sent as an empty secret and refused on every reconnect, forever.
            var fromFile = File.ReadAllText(file).Trim();
            return fromFile.Length > 0 ? fromFile : throw new InvalidOperationException($"Agent:SecretFile '{file}' is empty: put the secret issued on the server's station device page in it.");
        }

        throw new InvalidOperationException("Agent:Secret or Agent:SecretFile must be set (issue one on the server's station device page).");
    }

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(StationCode)) throw new InvalidOperationException("Agent:StationCode must be set, e.g. PACK-02.");
        if (!Uri.TryCreate(ServerUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"Agent:ServerUrl '{ServerUrl}' is not an http(s) URL of the server's agent endpoint.");
        if (!string.IsNullOrWhiteSpace(ServerCaCertificatePath))
        {
            if (url.Scheme != "https")
                throw new InvalidOperationException($"Agent:ServerCaCertificatePath is set but Agent:ServerUrl '{ServerUrl}' is not https://: a CA certificate is only for a server that speaks TLS.");
            _ = Link.ServerCertificateTrust.LoadCas(ServerCaCertificatePath);
        }
        if (DocumentCallTimeout < TimeSpan.FromSeconds(1) || DocumentCallTimeout > TimeSpan.FromMinutes(2))
            throw new InvalidOperationException($"Agent:DocumentCallTimeout {DocumentCallTimeout} is not between 00:00:01 and 00:02:00.");
        // It paces the asking of both printers: zero would ask them in a tight loop.
        if (PrinterWatchInterval < TimeSpan.FromMilliseconds(200) || PrinterWatchInterval > TimeSpan.FromMinutes(1))
            throw new InvalidOperationException($"Agent:PrinterWatchInterval {PrinterWatchInterval} is not between 00:00:00.2 and 00:01:00.");
        if (DocumentPoll < TimeSpan.FromMilliseconds(200) || DocumentPoll > TimeSpan.FromMinutes(1))
            throw new InvalidOperationException($"Agent:DocumentPoll {DocumentPoll} is not between 00:00:00.2 and 00:01:00.");
        _ = ReadSecret();
    }
}
