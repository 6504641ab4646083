// Connects to the floor hub and prints one JSON line per event: wall-clock ms (sub-ms), station, kind.
// Usage: node listen.mjs <baseUrl> <apiKey>
import * as signalR from '@microsoft/signalr';

const [baseUrl, apiKey] = process.argv.slice(2);
const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${baseUrl}/hubs/floor?api_key=${encodeURIComponent(apiKey)}`, {
    transport: signalR.HttpTransportType.WebSockets,
    skipNegotiation: true,
    headers: { 'X-Api-Key': apiKey },
  })
  .configureLogging(signalR.LogLevel.Warning)
  .build();

connection.on('floor', e => {
  const t = performance.timeOrigin + performance.now();
  process.stdout.write(JSON.stringify({ t, station: e.stationCode, kind: e.kind }) + '\n');
});
await connection.start();
process.stdout.write(JSON.stringify({ ready: true }) + '\n');
process.stdin.on('end', () => connection.stop().then(() => process.exit(0)));
process.stdin.resume();
