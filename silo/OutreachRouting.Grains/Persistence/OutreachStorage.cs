namespace OutreachRouting.Grains.Persistence;

public static class OutreachStorage
{
    /// <summary>The grain storage provider every grain of this project writes to.</summary>
    public const string Name = "outreach";
}
