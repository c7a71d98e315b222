Console.WriteLine("CoParent benchmarks: see README, Performance.");
