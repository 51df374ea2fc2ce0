namespace OutreachRouting.Routing.Solomon;

/// <summary>One row of the CUSTOMER block; number 0 is the depot.</summary>
public sealed record SolomonCustomer(int Number, double X, double Y, int Demand, double Ready, double Due, double Service);
