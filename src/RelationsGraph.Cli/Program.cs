using RelationsGraph.Cli;

return RelgraphApp.Run(args, Console.Out, Console.Error);
