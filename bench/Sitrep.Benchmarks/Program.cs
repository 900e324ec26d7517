using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sitrep.Benchmarks -- --filter '*Tokenizer*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
