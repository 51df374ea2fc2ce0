using System.Runtime.CompilerServices;

namespace OutreachRouting.Routing.Search;

/// <summary>
/// The <c>capacity</c> lowest-scoring items offered, in a four-ary heap with the worst kept on top: the same heap,
/// and so the same order among equal scores, as <see cref="PriorityQueue{TElement,TPriority}"/> ordered worst first.
/// </summary>
/// <remarks>
/// Its own code rather than the library's queue because a neighbour list is built once per solve: the queue's
/// generic code would run in tiered compilation's slow, profiling versions, by a different amount from solve to
/// solve (docs/routing.md). These methods are compiled optimised at once.
/// Equal scores keep the library queue's order because that order steers the search, and so its figures.
/// </remarks>
internal sealed class LowestScores(int capacity)
{
    private const int Arity = 4;

    private readonly int[] _items = new int[capacity];
    private readonly double[] _scores = new double[capacity];

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    /// <summary>The highest score kept; only meaningful when <see cref="Count"/> is above zero.</summary>
    public double Worst => _scores[0];

    public void Clear() => Count = 0;

    /// <summary>Keeps the item if there is room, or if it scores below the worst kept, which it then replaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(int item, double score)
    {
        if (!IsFull)
            SiftUp(Count++, item, score);
        else if (Count > 0 && score < _scores[0])
            SiftDown(0, item, score);
    }

    /// <summary>The items kept, lowest score first; empties the heap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] TakeBestFirst()
    {
        var list = new int[Count];
        for (var m = list.Length - 1; m >= 0; m--)
        {
            list[m] = _items[0];
            var last = --Count;
            if (last > 0)
                SiftDown(0, _items[last], _scores[last]);
        }
        return list;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftUp(int index, int item, double score)
    {
        while (index > 0)
        {
            var parent = (index - 1) / Arity;
            if (score <= _scores[parent])
                break;
            Place(index, _items[parent], _scores[parent]);
            index = parent;
        }
        Place(index, item, score);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SiftDown(int index, int item, double score)
    {
        int child;
        while ((child = index * Arity + 1) < Count)
        {
            var highest = child;
            var end = Math.Min(child + Arity, Count);
            for (var c = child + 1; c < end; c++)
            {
                if (_scores[c] > _scores[highest])
                    highest = c;
            }
            if (score >= _scores[highest])
                break;
            Place(index, _items[highest], _scores[highest]);
            index = highest;
        }
        Place(index, item, score);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(int index, int item, double score)
    {
        _items[index] = item;
        _scores[index] = score;
    }
}
