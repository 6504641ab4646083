Console.Error.WriteLine("usage: Warehouse.Benchmarks <benchmark>"); return 2;
