using Warehouse.DeviceSimulators.Cli;

return await CommandLine.RunAsync(args);
