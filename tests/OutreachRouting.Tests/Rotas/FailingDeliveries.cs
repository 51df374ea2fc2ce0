using System.Collections.Concurrent;

namespace OutreachRouting.Tests.Rotas;

/// <summary>A silo call filter that makes the next rota delivery to a worker's grain fail, as an unreachable grain would.</summary>
public sealed class FailingDeliveries : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, bool> _failNext = new(StringComparer.Ordinal);

    /// <param name="workerKey">The worker grain's key, "team/worker-id".</param>
    public void FailNext(string workerKey) => _failNext[workerKey] = true;

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IWorkerGrain) && context.InterfaceMethod.Name == nameof(IWorkerGrain.AssignAsync)
            && _failNext.TryRemove(context.TargetId.Key.ToString()!, out _))
        {
            throw new InvalidOperationException("The delivery failed on purpose.");
        }

        return context.Invoke();
    }
}
