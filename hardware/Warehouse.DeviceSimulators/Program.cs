Console.Error.WriteLine("usage: Warehouse.DeviceSimulators <device> [options]"); return 2;
