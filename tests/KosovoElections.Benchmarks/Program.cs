Console.WriteLine("Benchmarks: see docs/performance.md.");
