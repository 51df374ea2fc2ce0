#!/usr/bin/env python3
"""Writes the demo data OutreachRouting seeds at start-up (venues, workers, fixed sessions).

Run from the repository root:  python3 deploy/demo/generate.py

Every name is invented. Positions are random but fall inside the real borough outlines
(LSOA boundaries read from ../shared/geo/, which are not copied into the repository), so
maps and area coverage look plausible. A fixed seed makes the output byte-identical on
every run, so the committed files only change when this script does.
"""

import json
import math
import random
import sys
from pathlib import Path

SEED = 20261125
OUT_DIR = Path(__file__).resolve().parent
REPO_ROOT = OUT_DIR.parents[1]
GEO_DIR = REPO_ROOT.parent / "shared" / "geo"

METRES_PER_DEGREE_LAT = 111_320.0

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAYS = DAYS[:5]

BOROUGHS = {
    # name: (ONS code, id prefix, team, street-route letter)
    "Camden": ("E09000007", "cam", "clash", "C"),
    "Islington": ("E09000019", "isl", "clash", "I"),
    "Haringey": ("E09000014", "har", "shoc", "H"),
}

# How many venues of each kind each borough gets (the team's base clinic comes on top,
# in its own borough), chosen so every kind appears everywhere and flats and parlours,
# the core of the sex-work outreach, are the commonest kind.
VENUE_PLAN = {
    "Camden": {"bar": 9, "club": 5, "hostel": 7, "migrant-centre": 4,
               "drug-and-alcohol-service": 5, "community-centre": 5,
               "flat-or-parlour": 10, "street-route": 5, "other": 4},
    "Islington": {"bar": 8, "club": 4, "hostel": 5, "migrant-centre": 4,
                  "drug-and-alcohol-service": 4, "community-centre": 5,
                  "flat-or-parlour": 8, "street-route": 4, "other": 3},
    "Haringey": {"bar": 7, "club": 4, "hostel": 6, "migrant-centre": 5,
                 "drug-and-alcohol-service": 5, "community-centre": 5,
                 "flat-or-parlour": 9, "street-route": 5, "other": 3},
}

ID_KIND = {"bar": "bar", "club": "club", "hostel": "hostel", "migrant-centre": "migrant",
           "drug-and-alcohol-service": "das", "community-centre": "community",
           "flat-or-parlour": "flat", "street-route": "route", "other": "other"}

TEAM_BASE = {"clash": ("Camden", "clash-base-clinic", "CLASH base clinic", "thursday"),
             "shoc": ("Haringey", "shoc-base-clinic", "SHOC base clinic", "tuesday")}

# Where the Find and Treat van parks: the first `other` venue in the team's base borough,
# open when the partner session runs so the planner sees a consistent picture.
VAN_STOP = {"clash": ("wednesday", "09:30", "14:30"), "shoc": ("thursday", "09:30", "14:30")}

# Venue languages lean towards the communities each team actually meets; a few needs
# (Albanian in Camden/Islington, Mandarin in Haringey) are deliberately not covered by the
# team's workers so the demo rota shows "unplaced: no worker with the language".
LANGUAGE_POOL = {
    "clash": ["mandarin", "mandarin", "cantonese", "thai", "thai", "portuguese", "romanian",
              "spanish", "polish", "bulgarian", "albanian"],
    "shoc": ["romanian", "romanian", "bulgarian", "bulgarian", "polish", "portuguese",
             "spanish", "albanian", "albanian", "thai", "mandarin", "mandarin"],
}

# Invented names only; none is meant to match a real premise.
PLACES = ["Northgate", "Ashbrook", "Fernhill", "Larkfield", "Wrenfield", "Oakmere", "Brightwell",
          "Kestrel", "Hollin", "Fairwater", "Copperfield", "Linden", "Marlowe", "Sedgefold",
          "Harrowmere", "Eastbrook", "Willowgate", "Thornacre", "Greystone", "Ambermoor",
          "Beacon", "Millrace", "Foxley", "Rookwood", "Bellfield", "Quarrydene", "Elderwick",
          "Stonebrook", "Brackenholt", "Orchardvale"]
BAR_ADJECTIVES = ["Copper", "Brass", "Velvet", "Tin", "Amber", "Silver", "Painted", "Gilded",
                  "Crooked", "Sleeping", "Wandering", "Hollow", "Twisted", "Cobalt",
                  "Saffron", "Crimson", "Jade"]
BAR_NOUNS = ["Kettle", "Owl", "Heron", "Fox", "Moth", "Anchor", "Thistle", "Spoon", "Compass",
             "Hare", "Lamp", "Barrel", "Kite", "Fiddle", "Magpie", "Quill", "Lantern", "Acorn"]
PLACE_LABELS = {
    "hostel": ["Lodge", "House", "Hostel", "Court"],
    "migrant-centre": ["Welcome Centre", "Migrant Advice Hub", "Refugee Drop-in"],
    "drug-and-alcohol-service": ["Recovery Hub", "Drug and Alcohol Service", "Harm Reduction Point"],
    "community-centre": ["Community Centre", "Neighbourhood Hall", "Community Hub"],
    "other": ["Market Square", "Station Forecourt", "Canal Basin", "Green"],
}
# The first hostel and community centre of each borough are women-only services.
WOMEN_ONLY_LABELS = {"hostel": "Women's Hostel", "community-centre": "Women's Drop-in"}
CLUB_NAMES = ["Basement Nine", "The Lumen Room", "Orbit Lounge", "Neon Cellar", "Vault Seven",
              "Halcyon Rooms", "Afterglow", "Static Hall", "Ultraviolet Cellar", "Low Tide",
              "The Echo Chamber", "Midnight Annex", "Prism", "The Boiler Floor"]


def fail(message):
    sys.exit(f"generate.py: {message}")


# ---------------------------------------------------------------- geometry

def load_borough(code):
    path = GEO_DIR / f"lsoa_{code}.geojson"
    if not path.is_file():
        fail(f"borough outline {path} not found. The boundary data is read from ../shared/geo/ "
             "next to the repository root and is not part of the repository.")
    polygons = []
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        geometry = feature["geometry"]
        parts = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for rings in parts:
            xs = [p[0] for p in rings[0]]
            ys = [p[1] for p in rings[0]]
            polygons.append({"rings": rings, "bbox": (min(xs), min(ys), max(xs), max(ys)),
                             "area": abs(ring_area(rings[0]))})
    return polygons


def ring_area(ring):
    # Degrees squared: only used as a relative weight between neighbouring LSOAs.
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2.0


def in_polygon(x, y, polygon):
    # Even-odd ray casting over all rings, so holes count as outside.
    min_x, min_y, max_x, max_y = polygon["bbox"]
    if not (min_x <= x <= max_x and min_y <= y <= max_y):
        return False
    inside = False
    for ring in polygon["rings"]:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def in_borough(point, borough):
    return any(in_polygon(point[0], point[1], polygon) for polygon in borough)


def rounded(x, y):
    return [round(x, 6), round(y, 6)]


def random_point(rng, borough):
    # Area-weighted choice of LSOA keeps points evenly spread over the borough.
    polygon = rng.choices(borough, weights=[p["area"] for p in borough])[0]
    min_x, min_y, max_x, max_y = polygon["bbox"]
    while True:
        # Tested after rounding, since the rounded position is what gets written.
        point = rounded(rng.uniform(min_x, max_x), rng.uniform(min_y, max_y))
        if in_polygon(point[0], point[1], polygon):
            return point


def offset(point, east_m, north_m):
    lat = point[1]
    return rounded(point[0] + east_m / (METRES_PER_DEGREE_LAT * math.cos(math.radians(lat))),
                   lat + north_m / METRES_PER_DEGREE_LAT)


def distance_m(a, b):
    mean_lat = math.radians((a[1] + b[1]) / 2)
    dx = (b[0] - a[0]) * METRES_PER_DEGREE_LAT * math.cos(mean_lat)
    dy = (b[1] - a[1]) * METRES_PER_DEGREE_LAT
    return math.hypot(dx, dy)


def random_route(rng, borough):
    # A walk that mostly keeps its heading, with legs a worker would walk between corners.
    while True:
        vertices = [random_point(rng, borough)]
        heading = rng.uniform(0, 2 * math.pi)
        for _ in range(rng.randint(2, 5)):
            for _attempt in range(20):
                turn = heading + rng.uniform(-1.0, 1.0)
                leg = rng.uniform(150, 450)
                candidate = offset(vertices[-1], leg * math.sin(turn), leg * math.cos(turn))
                if in_borough(candidate, borough):
                    vertices.append(candidate)
                    heading = turn
                    break
            else:
                break
        length = sum(distance_m(a, b) for a, b in zip(vertices, vertices[1:]))
        if len(vertices) >= 3 and 450 <= length <= 1900:
            return vertices


def random_area(rng, borough):
    # Four corners at increasing angles round a centre: a simple, counter-clockwise ring
    # (RFC 7946 exterior winding) about 40 m across.
    while True:
        centre = random_point(rng, borough)
        start = rng.uniform(0, math.pi / 2)
        ring = []
        for corner in range(4):
            angle = start + corner * math.pi / 2 + rng.uniform(-0.25, 0.25)
            radius = rng.uniform(18, 22)
            ring.append(offset(centre, radius * math.cos(angle), radius * math.sin(angle)))
        if all(in_borough(p, borough) for p in ring):
            return ring + [ring[0]]


# ---------------------------------------------------------------- access windows

def window(day, start, end):
    result = {"day": day, "start": start, "end": end}
    if end < start:
        result["endsNextDay"] = True
    return result


def ordered(windows):
    return sorted(windows, key=lambda w: (DAYS.index(w["day"]), w["start"]))


def pick_days(rng, days, low, high):
    return rng.sample(days, rng.randint(low, high))


def day_service_windows(rng):
    slots = [("10:00", "13:00"), ("14:00", "17:00"), ("09:30", "12:30"), ("13:00", "16:00")]
    return [window(day, *rng.choice(slots)) for day in pick_days(rng, WEEKDAYS, 2, 3)]


def windows_for(kind, rng):
    if kind == "bar":
        start, end = rng.choice(["20:00", "21:00", "22:00"]), rng.choice(["02:00", "03:00"])
        windows = [window(day, start, end)
                   for day in pick_days(rng, ["thursday", "friday", "saturday"], 2, 3)]
        if rng.random() < 0.3:
            windows.append(window("wednesday", "18:00", "23:00"))
        return windows
    if kind == "club":
        return [window(day, "23:00", "03:00")
                for day in pick_days(rng, ["thursday", "friday", "saturday"], 2, 3)]
    if kind in ("hostel", "migrant-centre", "drug-and-alcohol-service", "community-centre"):
        return day_service_windows(rng)
    if kind == "flat-or-parlour":
        # "By arrangement": a couple of daytime slots agreed with the people working there.
        slots = [("10:00", "13:00"), ("11:00", "14:00"), ("12:00", "15:00")]
        return [window(day, *rng.choice(slots)) for day in pick_days(rng, WEEKDAYS, 2, 2)]
    if kind == "street-route":
        hours = rng.choice([("21:00", "01:00"), ("22:00", "02:00")])
        return [window(day, *hours)
                for day in pick_days(rng, ["tuesday", "wednesday", "thursday", "friday", "saturday"], 1, 3)]
    return [window(day, *rng.choice([("10:00", "14:00"), ("12:00", "16:00")]))
            for day in pick_days(rng, WEEKDAYS, 1, 2)]


# ---------------------------------------------------------------- venues

VISIT_MINUTES = {"bar": (30, 60), "club": (45, 90), "hostel": (45, 90), "migrant-centre": (45, 90),
                 "drug-and-alcohol-service": (45, 90), "community-centre": (30, 60),
                 "flat-or-parlour": (20, 45), "other": (30, 60)}
INTERVALS = {"bar": [7, 14, 14], "club": [14, 14, 21], "hostel": [14, 21], "migrant-centre": [14, 21],
             "drug-and-alcohol-service": [14, 21], "community-centre": [21, 28],
             "flat-or-parlour": [14, 21, 28], "street-route": [7], "other": [28]}
# Priority runs from 1 (lowest) to 5 (highest): street routes and flats reach the least-reached people.
PRIORITIES = {"bar": (2, 4), "club": (2, 4), "hostel": (2, 4), "migrant-centre": (2, 4),
              "drug-and-alcohol-service": (2, 4), "community-centre": (1, 3),
              "flat-or-parlour": (3, 5), "street-route": (4, 5), "other": (1, 2)}
TESTING_KIT_CHANCE = {"hostel": 0.6, "migrant-centre": 0.6, "flat-or-parlour": 0.5,
                      "drug-and-alcohol-service": 0.4, "community-centre": 0.15, "bar": 0.1,
                      "club": 0.1, "other": 0.1, "street-route": 0.0}
LANGUAGE_CHANCE = {"flat-or-parlour": 0.8, "migrant-centre": 0.8, "hostel": 0.3}
RESTRICTED_KINDS = {"flat-or-parlour", "street-route"}

# Status is set by hand so the demo shows each lifecycle state exactly where intended,
# never on a venue a fixed session depends on.
STATUS = {"cam-bar-004": "paused", "isl-club-002": "paused", "har-hostel-004": "paused",
          "har-flat-006": "paused", "isl-bar-007": "closed", "har-club-004": "closed",
          "cam-flat-003": "moved"}
MOVED_TO = {"cam-flat-003": "cam-flat-010"}


class Namer:
    """Hands out names unique across both teams, so a name never points at two venues."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def unique(self, make):
        while True:
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name

    def place(self):
        return self.rng.choice(PLACES)

    def name(self, kind, index, borough):
        rng = self.rng
        if kind == "bar":
            return self.unique(lambda: f"The {rng.choice(BAR_ADJECTIVES)} {rng.choice(BAR_NOUNS)}")
        if kind == "club":
            return self.unique(lambda: rng.choice(CLUB_NAMES))
        if kind == "flat-or-parlour":
            # A neutral label and a number, never an address: these venues are restricted.
            return self.unique(
                lambda: f"{rng.choice(['Flat', 'Flat', 'Parlour'])} {rng.randint(1, 60)} (agreed contact)")
        if kind == "street-route":
            return f"Route {BOROUGHS[borough][3]}{index} night walk"
        if index == 1 and kind in WOMEN_ONLY_LABELS:
            return self.unique(lambda: f"{self.place()} {WOMEN_ONLY_LABELS[kind]}")
        return self.unique(lambda: f"{self.place()} {rng.choice(PLACE_LABELS[kind])}")


def visit_minutes(kind, rng):
    # A route's time comes from its length, so it carries no fixed visit duration.
    if kind == "street-route":
        return 0
    low, high = VISIT_MINUTES[kind]
    return rng.randrange(low, high + 1, 5)


def needs_for(kind, index, team, rng):
    languages = []
    if rng.random() < LANGUAGE_CHANCE.get(kind, 0.1):
        pool = LANGUAGE_POOL[team]
        languages = sorted({rng.choice(pool) for _ in range(rng.randint(1, 2))})
    women_only = ((kind in WOMEN_ONLY_LABELS and index == 1)
                  or (kind == "flat-or-parlour" and rng.random() < 0.5))
    return {"testingKit": rng.random() < TESTING_KIT_CHANCE[kind],
            "languages": languages,
            "womenOnly": women_only,
            "pairRequired": kind == "street-route" or (kind == "flat-or-parlour" and rng.random() < 0.5)}


def feature(venue_id, geometry, properties):
    return {"type": "Feature", "id": venue_id, "geometry": geometry, "properties": properties}


def base_clinic(team, boroughs, rng):
    borough, venue_id, name, evening = TEAM_BASE[team]
    windows = [window(day, "09:00", "17:00") for day in WEEKDAYS] + [window(evening, "17:00", "20:00")]
    return feature(venue_id, {"type": "Point", "coordinates": random_point(rng, boroughs[borough])}, {
        "name": name, "kind": "clinic", "borough": borough, "accessWindows": ordered(windows),
        "visitMinutes": 30, "targetIntervalDays": 28, "priority": 1,
        "needs": {"testingKit": False, "languages": [], "womenOnly": False, "pairRequired": False},
        "sensitivity": "public", "status": "active"})


def venue(team, borough_name, kind, index, borough, namer, rng):
    venue_id = f"{BOROUGHS[borough_name][1]}-{ID_KIND[kind]}-{index:03d}"
    is_van_stop = kind == "other" and index == 1 and TEAM_BASE[team][0] == borough_name
    if kind == "street-route":
        geometry = {"type": "LineString", "coordinates": random_route(rng, borough)}
    elif kind in ("community-centre", "other") and index == 2:
        geometry = {"type": "Polygon", "coordinates": [random_area(rng, borough)]}
    else:
        geometry = {"type": "Point", "coordinates": random_point(rng, borough)}
    if is_van_stop:
        name = f"Find and Treat van stop ({borough_name})"
    else:
        name = namer.name(kind, index, borough_name)
    windows = [window(*VAN_STOP[team])] if is_van_stop else windows_for(kind, rng)
    properties = {
        "name": name, "kind": kind, "borough": borough_name, "accessWindows": ordered(windows),
        "visitMinutes": visit_minutes(kind, rng),
        "targetIntervalDays": rng.choice(INTERVALS[kind]),
        "priority": rng.randint(*PRIORITIES[kind]),
        "needs": needs_for(kind, index, team, rng),
        "sensitivity": "restricted" if kind in RESTRICTED_KINDS else "public",
        "status": STATUS.get(venue_id, "active"),
    }
    if venue_id in MOVED_TO:
        properties["movedTo"] = MOVED_TO[venue_id]
    return feature(venue_id, geometry, properties)


def team_venues(team, boroughs, namer, rng):
    features = [base_clinic(team, boroughs, rng)]
    for borough_name, (_, _, owner, _) in BOROUGHS.items():
        if owner != team:
            continue
        for kind, count in VENUE_PLAN[borough_name].items():
            for index in range(1, count + 1):
                features.append(venue(team, borough_name, kind, index, boroughs[borough_name], namer, rng))
    return features


# ---------------------------------------------------------------- workers and sessions

def availability(*windows):
    return ordered([window(*w) for w in windows])


def worker(worker_id, display_name, base, skills, languages, women, hours, windows, absences, mode):
    return {"id": worker_id, "displayName": display_name, "baseVenueId": base, "skills": skills,
            "languages": ["english"] + languages, "womenOnlyEligible": women,
            "contractedHoursPerWeek": hours, "availability": availability(*windows),
            "absences": [{"from": f, "to": t, "kind": k} for f, t, k in absences],
            "travelMode": mode}


HP, TEST, PEP = "health-promotion", "clinic-in-a-box-testing", "pep-prep"
OFFICE = [(day, "09:00", "17:00") for day in WEEKDAYS]

# Written by hand: availability is shaped around the fixed sessions and the night work
# (bars, clubs, street routes) so a demo rota can be planned, with a few gaps left in.
WORKERS = {
    "clash": [
        worker("mei-lin", "Mei L.", "clash-base-clinic", [HP, TEST], ["mandarin", "cantonese"], True, 30,
               [("monday", "09:00", "17:00"), ("tuesday", "09:00", "17:00"), ("wednesday", "09:00", "13:00"),
                ("thursday", "12:00", "20:00"), ("friday", "20:00", "04:00"), ("saturday", "21:00", "03:00")],
               [], "public-transport"),
        worker("tomas-r", "Tomas R.", "clash-base-clinic", [HP, PEP], ["portuguese", "spanish"], False, 37.5,
               OFFICE + [("thursday", "21:00", "03:00"), ("saturday", "22:00", "04:00")],
               [("2027-01-18", "2027-01-19", "training")], "cycling"),
        worker("anca-p", "Anca P.", "clash-base-clinic", [HP, TEST], ["romanian"], True, 37.5,
               [("monday", "09:00", "17:00"), ("tuesday", "09:00", "17:00"), ("wednesday", "09:00", "17:00"),
                ("thursday", "12:00", "20:00"), ("friday", "12:00", "20:00"), ("saturday", "21:00", "03:00")],
               [("2026-12-21", "2027-01-01", "leave")], "public-transport"),
        worker("noi-s", "Noi S.", "clash-base-clinic", [HP, TEST], ["thai"], True, 22.5,
               [("tuesday", "10:00", "18:00"), ("wednesday", "10:00", "18:00"),
                ("thursday", "18:00", "02:00"), ("friday", "18:00", "02:00")],
               [("2027-01-12", "2027-01-13", "training")], "walking"),
        worker("kasia-w", "Kasia W.", "clash-base-clinic", [HP], ["polish"], True, 15,
               [("monday", "12:00", "18:00"), ("wednesday", "12:00", "18:00"),
                ("thursday", "12:00", "18:00"), ("friday", "21:00", "03:00")],
               [], "public-transport"),
        worker("dan-h", "Dan H.", "clash-base-clinic", [HP, TEST, PEP], ["bulgarian"], False, 37.5,
               [(day, "08:30", "16:30") for day in WEEKDAYS]
               + [("wednesday", "21:00", "03:00"), ("friday", "22:00", "04:00")],
               [], "walking"),
        worker("wing-c", "Wing C.", "clash-base-clinic", [HP], ["cantonese", "mandarin"], True, 30,
               [("monday", "10:00", "18:00"), ("tuesday", "10:00", "18:00"), ("thursday", "10:00", "18:00"),
                ("friday", "10:00", "18:00"), ("saturday", "20:00", "02:00")],
               [("2026-12-07", "2026-12-09", "sickness")], "cycling"),
    ],
    "shoc": [
        worker("ioana-d", "Ioana D.", "shoc-base-clinic", [HP, TEST], ["romanian"], True, 37.5,
               OFFICE + [("friday", "21:00", "03:00")],
               [("2027-01-04", "2027-01-08", "leave")], "public-transport"),
        worker("marco-f", "Marco F.", "shoc-base-clinic", [HP, PEP], ["portuguese", "spanish"], False, 30,
               [("monday", "09:00", "17:00"), ("tuesday", "09:00", "17:00"), ("thursday", "09:00", "17:00"),
                ("thursday", "21:00", "03:00"), ("saturday", "21:00", "03:00")],
               [("2026-12-24", "2026-12-24", "other")], "cycling"),
        worker("besa-k", "Besa K.", "shoc-base-clinic", [HP, TEST], ["albanian"], True, 22.5,
               [("tuesday", "10:00", "18:00"), ("wednesday", "10:00", "18:00"),
                ("thursday", "10:00", "14:00"), ("friday", "10:00", "16:00"), ("saturday", "22:00", "02:00")],
               [], "public-transport"),
        worker("piotr-z", "Piotr Z.", "shoc-base-clinic", [HP, TEST], ["polish"], False, 37.5,
               [(day, "08:00", "16:00") for day in WEEKDAYS]
               + [("wednesday", "21:00", "03:00"), ("friday", "22:00", "04:00")],
               [("2027-01-20", "2027-01-21", "training")], "walking"),
        worker("lina-m", "Lina M.", "shoc-base-clinic", [HP], ["bulgarian", "thai"], False, 15,
               [("monday", "12:00", "18:00"), ("wednesday", "12:00", "18:00"),
                ("thursday", "21:00", "03:00"), ("saturday", "21:00", "03:00")],
               [], "public-transport"),
    ],
}


def session(session_id, name, kind, venue_id, slot, workers, skills, women_only=False,
            partner=None, mediator=None):
    return {"id": session_id, "name": name, "kind": kind, "venueId": venue_id, "slot": window(*slot),
            "workersNeeded": workers, "requiredSkills": skills, "womenOnly": women_only,
            "languages": [], "partner": partner, "mediator": mediator, "status": "active"}


SESSIONS = {
    "clash": [
        session("walk-in-monday", "Walk-in clinic (with Mandarin cultural mediator)", "walk-in-clinic",
                "clash-base-clinic", ("monday", "14:00", "17:00"), 2, [TEST],
                mediator="Mandarin cultural mediator"),
        session("walk-in-tuesday", "Walk-in clinic (women only)", "walk-in-clinic", "clash-base-clinic",
                ("tuesday", "13:00", "17:00"), 2, [TEST], women_only=True),
        session("walk-in-thursday", "Walk-in clinic (evening)", "walk-in-clinic", "clash-base-clinic",
                ("thursday", "17:00", "20:00"), 2, [TEST]),
        session("find-and-treat-van-wednesday", "Find and Treat van", "partner-session", "cam-other-001",
                ("wednesday", "10:00", "14:00"), 1, [HP], partner="Find and Treat"),
    ],
    "shoc": [
        session("walk-in-wednesday", "Walk-in clinic (women only)", "walk-in-clinic", "shoc-base-clinic",
                ("wednesday", "13:00", "17:00"), 2, [TEST], women_only=True),
        session("walk-in-friday", "Walk-in clinic", "walk-in-clinic", "shoc-base-clinic",
                ("friday", "10:00", "13:00"), 2, [TEST]),
        session("find-and-treat-van-thursday", "Find and Treat van", "partner-session", "har-other-001",
                ("thursday", "10:00", "14:00"), 1, [HP], partner="Find and Treat"),
    ],
}


# ---------------------------------------------------------------- output

def write_json(name, data):
    (OUT_DIR / name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_feature_collection(name, features):
    # One feature per line: readable, and a change to one venue is a one-line diff.
    lines = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    (OUT_DIR / name).write_text('{"type":"FeatureCollection","features":[\n' + lines + "\n]}\n",
                                encoding="utf-8")


def main():
    boroughs = {name: load_borough(code) for name, (code, _, _, _) in BOROUGHS.items()}
    rng = random.Random(SEED)
    namer = Namer(rng)
    for team in ("clash", "shoc"):
        write_feature_collection(f"{team}.venues.geojson", team_venues(team, boroughs, namer, rng))
        write_json(f"{team}.workers.json", WORKERS[team])
        write_json(f"{team}.sessions.json", SESSIONS[team])


if __name__ == "__main__":
    main()
