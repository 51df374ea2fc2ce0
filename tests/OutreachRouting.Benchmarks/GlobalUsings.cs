global using System.Diagnostics;
global using System.Globalization;
global using OutreachRouting.Rota.Planning;
global using OutreachRouting.Rota.Travel;
global using OutreachRouting.Rota;
global using OutreachRouting.Routing;
global using OutreachRouting.TestSupport.Week;
