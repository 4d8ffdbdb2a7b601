namespace RelationsGraph.Paths;

/// <summary>
/// Runs blocks of work in parallel and adds their results into one array in block order, so that the floating-point
/// sum — and so the result, bit for bit — is the same for any number of workers. Each worker owns one state and one
/// buffer (memory O(workers × length)); a worker that finishes block b waits until blocks 0..b−1 are added.
/// </summary>
internal static class OrderedReduction
{
    /// <summary>Runs <paramref name="work"/> for blocks 0..<paramref name="blocks"/>−1 and adds each block's buffer to <paramref name="total"/> in order.</summary>
    /// <typeparam name="TState">The per-worker state (e.g. a <see cref="ShortestPathWorker"/>).</typeparam>
    /// <param name="blocks">The number of blocks.</param>
    /// <param name="total">Receives the sum; its length is the buffer length.</param>
    /// <param name="workers">The number of workers (at most the number of blocks is used).</param>
    /// <param name="createState">Creates one worker's state.</param>
    /// <param name="work">Computes block b into a zeroed buffer.</param>
    /// <param name="blockDone">Called (under the merge lock, in order) after each block is added.</param>
    /// <param name="cancellationToken">Checked between blocks.</param>
    public static void Run<TState>(
        int blocks,
        double[] total,
        int workers,
        Func<TState> createState,
        Action<TState, int, double[]> work,
        Action<int>? blockDone,
        CancellationToken cancellationToken)
    {
        if (blocks == 0)
        {
            return;
        }

        workers = Math.Clamp(workers, 1, blocks);
        var next = -1;
        var merged = 0;
        var failed = false;
        var gate = new object();

        void Worker()
        {
            var state = createState();
            var buffer = new double[total.Length];
            try
            {
                while (true)
                {
                    var block = Interlocked.Increment(ref next);
                    if (block >= blocks || Volatile.Read(ref failed))
                    {
                        return;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    Array.Clear(buffer);
                    work(state, block, buffer);
                    lock (gate)
                    {
                        while (merged != block && !failed)
                        {
                            Monitor.Wait(gate);
                        }

                        if (failed)
                        {
                            return;
                        }

                        for (var i = 0; i < buffer.Length; i++)
                        {
                            total[i] += buffer[i];
                        }

                        merged++;
                        blockDone?.Invoke(block);
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch
            {
                lock (gate)
                {
                    failed = true;
                    Monitor.PulseAll(gate);
                }

                throw;
            }
        }

        if (workers == 1)
        {
            Worker();
            return;
        }

        var tasks = new Task[workers];
        for (var i = 0; i < workers; i++)
        {
            tasks[i] = Task.Factory.StartNew(Worker, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            Task.WaitAll(tasks, CancellationToken.None);
        }
        catch (AggregateException e)
        {
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is OperationCanceledException) ?? e.Flatten().InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
