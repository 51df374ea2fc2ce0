using System.Reflection;

namespace OutreachRouting.Tests.Grains;

/// <summary>
/// Every grain interface, its methods and every serialized type of the contracts carry an alias, and every
/// serialized member an explicit id, so that a rename in code never changes what a silo of the last release reads.
/// </summary>
public sealed class ContractVersioningTests
{
    private static readonly Type[] Types = typeof(OutreachKeys).Assembly.GetTypes();

    [Fact]
    public void Grain_interfaces_and_their_methods_have_aliases()
    {
        var interfaces = Types.Where(t => t.IsInterface && typeof(IAddressable).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(interfaces);
        Assert.Empty(interfaces.Where(t => t.GetCustomAttribute<AliasAttribute>() is null).Select(t => t.Name));
        Assert.Empty(interfaces.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<AliasAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }

    [Fact]
    public void Serialized_types_have_aliases_and_every_member_an_explicit_id()
    {
        var serialized = Types.Where(t => t.GetCustomAttribute<GenerateSerializerAttribute>() is not null && !t.IsEnum).ToList();
        Assert.NotEmpty(serialized);
        Assert.Empty(serialized.Where(t => t.GetCustomAttribute<AliasAttribute>() is null).Select(t => t.Name));
        var aliases = serialized.Select(t => t.GetCustomAttribute<AliasAttribute>()!.Alias).ToList();
        Assert.Equal(aliases.Count, aliases.Distinct().Count());

        // Records: each positional parameter is a property with [Id]; exceptions: their own properties.
        Assert.Empty(serialized
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.Name != "EqualityContract" && p.GetMethod?.IsStatic == false)
                .Where(p => p.GetCustomAttribute<IdAttribute>() is null)
                .Select(p => $"{t.Name}.{p.Name}")));
    }
}
