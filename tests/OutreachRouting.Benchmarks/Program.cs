Console.Error.WriteLine("usage: OutreachRouting.Benchmarks <benchmark> [options]  (benchmarks arrive with their issues)");
return 2;
