namespace OutreachRouting.Routing.Model;

/// <summary>A square matrix of travel times or distances between location indices, stored row-major.</summary>
public sealed class Matrix
{
    private readonly double[] _values;

    public Matrix(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        Size = size;
        _values = new double[size * size];
    }

    public int Size { get; }

    public double this[int from, int to]
    {
        get => _values[from * Size + to];
        set => _values[from * Size + to] = value;
    }

    public static Matrix FromFunction(int size, Func<int, int, double> value)
    {
        var matrix = new Matrix(size);
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
                matrix[i, j] = value(i, j);
        }
        return matrix;
    }

    /// <summary>The raw row-major values, for hot loops inside the engine.</summary>
    internal double[] Values => _values;
}
