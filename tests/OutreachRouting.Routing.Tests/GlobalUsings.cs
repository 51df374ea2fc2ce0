global using OutreachRouting.Routing.Checking;
global using OutreachRouting.Routing.Model;
global using OutreachRouting.Routing.Search;
global using OutreachRouting.Routing.Solutions;
global using OutreachRouting.Routing.Tests.Support;
