namespace OutreachRouting.Routing.Search;

/// <summary>
/// One vehicle's route during the search. Position 0 is the start place, 1..Count the visits,
/// Count+1 the end place; prefix and suffix summaries make any split-and-join an O(1) evaluation.
/// </summary>
internal sealed class SearchRoute
{
    private readonly ProblemData _data;
    private readonly List<int> _visits = [];
    private Segment[] _prefix = new Segment[8];
    private Segment[] _suffix = new Segment[8];
    private int[] _restrictedUpTo = new int[8];
    private Segment[] _alone = new Segment[8];
    private int[] _jobsUpTo = new int[8];

    public SearchRoute(ProblemData data, int vehicle)
    {
        _data = data;
        Vehicle = vehicle;
        var v = data.Problem.Vehicles[vehicle];
        Travel = data.Travel[v.Profile];
        Capacity = v.Capacity;
        MaxDuration = v.MaxDuration;
        FixedCost = v.FixedCost;
        Day = v.Day;
        StartSegment = Segment.Place(v.StartLocation, 0, Timing.Of(0, v.Shift.Start, v.Shift.End));
        EndSegment = Segment.Place(v.EndLocation, 0, Timing.Of(0, v.Shift.Start, v.Shift.End));
        EndKey = (v.EndLocation, v.Shift.Start, v.Shift.End, v.Profile);
    }

    public int Vehicle { get; }

    public TravelData Travel { get; }

    public int Capacity { get; }

    public double MaxDuration { get; }

    public double FixedCost { get; }

    public int Day { get; }

    public Segment StartSegment { get; }

    public Segment EndSegment { get; }

    /// <summary>Routes with equal keys can swap tails without re-timing them.</summary>
    private (int, double, double, int) EndKey { get; }

    /// <summary>Visits, breaks included.</summary>
    public int Count => _visits.Count;

    public int JobCount { get; private set; }

    public bool IsEmpty => JobCount == 0;

    /// <summary>Raised whenever the route changes; local search skips pairs of routes it has seen unchanged.</summary>
    public long Stamp { get; set; }

    public double Distance { get; private set; }

    /// <summary>Time warp, the excess over the maximum duration included.</summary>
    public double TimeWarp { get; private set; }

    public int Excess { get; private set; }

    public double AssignmentCost { get; private set; }

    public bool IsFeasible => TimeWarp <= 1e-9 && Excess == 0;

    public int this[int position] => _visits[position - 1];

    public IReadOnlyList<int> Visits => _visits;

    /// <summary>Stops from the start place up to and including <paramref name="position"/>.</summary>
    public ref readonly Segment Prefix(int position) => ref _prefix[position];

    /// <summary>Stops from <paramref name="position"/> to the end place included.</summary>
    public ref readonly Segment Suffix(int position) => ref _suffix[position];

    /// <summary>Place at <paramref name="position"/> (start and end places included), or -1 for a break.</summary>
    public int LocationAt(int position) =>
        position == 0 ? StartSegment.First : position > Count ? EndSegment.First : _data.Location[_visits[position - 1]];

    /// <summary>Distance of the arc between two positions' places, or NaN when either is a break (no lower bound then).</summary>
    public double ArcDistance(int from, int to) => ArcDistance(from, to, this);

    /// <summary>Distance from this route's position <paramref name="from"/> to <paramref name="other"/>'s position <paramref name="to"/>.</summary>
    public double ArcDistance(int from, int to, SearchRoute other)
    {
        int a = LocationAt(from), b = other.LocationAt(to);
        return a < 0 || b < 0 ? double.NaN : Travel.Distance(a, b);
    }

    public int JobsBetween(int from, int to) => _jobsUpTo[to] - _jobsUpTo[from - 1];

    public int RestrictedBetween(int from, int to) => _restrictedUpTo[to] - _restrictedUpTo[from - 1];

    public bool SharesEndWith(SearchRoute other) => EndKey == other.EndKey;

    /// <summary>
    /// <paramref name="head"/> (timed for <paramref name="target"/>), then this route's visits from
    /// <paramref name="from"/> on, then the target's end place. O(1) when both vehicles end alike, O(length) otherwise.
    /// </summary>
    public Segment JoinTail(in Segment head, int from, SearchRoute target)
    {
        if (target.SharesEndWith(this))
            return Segment.Join(head, _suffix[from], target.Travel);
        var segment = head;
        for (var p = from; p <= Count; p++)
            segment = Segment.Join(segment, _data.SingleFor(target.Vehicle, _visits[p - 1]), target.Travel);
        return Segment.Join(segment, target.EndSegment, target.Travel);
    }

    public void Insert(int position, int node) => _visits.Insert(position - 1, node);

    public void RemoveAt(int position) => _visits.RemoveAt(position - 1);

    public void RemoveRange(int position, int count) => _visits.RemoveRange(position - 1, count);

    public void InsertRange(int position, IEnumerable<int> nodes) => _visits.InsertRange(position - 1, nodes);

    public void CopyFrom(SearchRoute other)
    {
        _visits.Clear();
        _visits.AddRange(other._visits);
        Stamp = other.Stamp;
        Update();
    }

    /// <summary>Penalised cost of a whole route given as one segment (start to end place).</summary>
    public double CostOf(in Segment whole, bool hasJobs, Penalties penalties)
    {
        if (!hasJobs)
            return 0;
        var excess = Math.Max(whole.Load - Capacity, 0);
        return whole.Distance + penalties.TimeWarp * WarpOf(whole) + penalties.Capacity * excess + FixedCost;
    }

    /// <summary>Time warp of a whole route given as one segment, the excess over the maximum duration included.</summary>
    public double WarpOf(in Segment whole) => whole.Main.TimeWarp + Math.Max(whole.Main.Duration - MaxDuration, 0);

    /// <summary>Penalised cost of the route as it stands, assignment costs excluded.</summary>
    public double Cost(Penalties penalties) => CostOf(_suffix[0], JobCount > 0, penalties);

    /// <summary>Recomputes the summaries after the visits changed.</summary>
    public void Update()
    {
        var count = _visits.Count;
        if (_prefix.Length < count + 2)
        {
            var size = Math.Max(count + 2, _prefix.Length * 2);
            _prefix = new Segment[size];
            _suffix = new Segment[size];
            _restrictedUpTo = new int[size];
            _alone = new Segment[size];
            _jobsUpTo = new int[size];
        }
        _prefix[0] = StartSegment;
        JobCount = 0;
        AssignmentCost = 0;
        for (var p = 1; p <= count; p++)
        {
            var node = _visits[p - 1];
            _alone[p] = _data.SingleFor(Vehicle, node);
            _prefix[p] = Segment.Join(_prefix[p - 1], _alone[p], Travel);
            _restrictedUpTo[p] = _restrictedUpTo[p - 1] + (_data.Restricted[node] ? 1 : 0);
            _jobsUpTo[p] = _jobsUpTo[p - 1] + (node < _data.JobCount ? 1 : 0);
            if (node < _data.JobCount)
            {
                JobCount++;
                AssignmentCost += _data.AssignmentCost[Vehicle * _data.JobCount + node];
            }
        }
        _prefix[count + 1] = Segment.Join(_prefix[count], EndSegment, Travel);
        _suffix[count + 1] = EndSegment;
        for (var p = count; p >= 1; p--)
            _suffix[p] = Segment.Join(_alone[p], _suffix[p + 1], Travel);
        _suffix[0] = _prefix[count + 1];
        // An unused vehicle stays at home: it neither travels nor takes breaks.
        var whole = _prefix[count + 1];
        var used = JobCount > 0;
        Distance = used ? whole.Distance : 0;
        TimeWarp = used ? WarpOf(whole) : 0;
        Excess = used ? Math.Max(whole.Load - Capacity, 0) : 0;
    }
}
