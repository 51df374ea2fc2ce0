namespace OutreachRouting.Routing.Tests.Support;

/// <summary>A fact that needs the shared Solomon files; skipped, saying why, where they are absent.</summary>
public sealed class SolomonFactAttribute : FactAttribute
{
    public SolomonFactAttribute()
    {
        if (SolomonData.Folder is null)
            Skip = "Solomon data folder ../shared/bench/solomon (beside the repository root) is absent";
    }
}
