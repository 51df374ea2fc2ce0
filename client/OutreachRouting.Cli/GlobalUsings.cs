global using System.CommandLine;
global using OutreachRouting.Cli.Output;
global using OutreachRouting.Client;
global using OutreachRouting.Contracts.Directory;
global using OutreachRouting.Contracts;
global using OutreachRouting.Json;
