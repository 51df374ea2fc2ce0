namespace OutreachRouting.Tests.Client;

/// <summary>Ids no other test uses, so that tests sharing one API do not meet.</summary>
public static class TestIds
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
