package testsite

// Word tables of the prose generator. They hold ASCII letters, spaces and
// hyphens only, so generated text needs no escaping beyond what the
// renderers do anyway. None of them is ever mutated.

// keyNouns start every headline and slug (see Site.keyNoun): the slugs of
// the articles of one section and day are distinct as long as
// len(keyNouns) is larger than the articles one day can hold (see
// minInterval). Its length, 223, is prime.
var keyNouns = [...]string{
	"council", "budget", "harbour", "railway", "hospital", "school", "river",
	"airport", "bridge", "museum", "library", "stadium", "factory", "festival",
	"election", "court", "parliament", "ministry", "union", "bank", "market",
	"pension", "tax", "tariff", "treaty", "summit", "ceasefire", "border",
	"refinery", "pipeline", "mine", "forest", "coastline", "reservoir", "dam",
	"motorway", "tunnel", "ferry", "port", "canal", "orchestra", "theatre",
	"gallery", "zoo", "university", "college", "laboratory", "observatory",
	"satellite", "rocket", "telescope", "vaccine", "clinic", "pharmacy",
	"insurer", "airline", "carmaker", "chipmaker", "startup", "retailer",
	"brewery", "bakery", "vineyard", "farm", "harvest", "drought", "flood",
	"wildfire", "storm", "heatwave", "glacier", "volcano", "earthquake",
	"landslide", "coalition", "opposition", "senate", "assembly", "mayor",
	"governor", "prosecutor", "regulator", "watchdog", "inquiry", "audit",
	"referendum", "census", "survey", "poll", "strike", "protest", "rally",
	"boycott", "merger", "takeover", "lawsuit", "verdict", "appeal",
	"sentence", "ban", "license", "permit", "subsidy", "grant", "loan",
	"bond", "currency", "inflation", "deficit", "surplus", "export", "import",
	"shipment", "cargo", "warehouse", "supermarket", "restaurant", "hotel",
	"resort", "campsite", "marathon", "regatta", "derby", "tournament",
	"league", "cup", "final", "coach", "striker", "goalkeeper", "captain",
	"referee", "academy", "squad", "transfer", "contract", "sponsor",
	"broadcaster", "newspaper", "podcast", "app", "platform", "network",
	"server", "database", "algorithm", "robot", "drone", "battery", "charger",
	"turbine", "reactor", "grid", "substation", "cable", "antenna", "tower",
	"skyscraper", "housing", "rent", "mortgage", "landlord", "tenant",
	"neighbourhood", "district", "village", "island", "valley", "lake",
	"beach", "park", "garden", "cemetery", "cathedral", "monastery", "castle",
	"palace", "embassy", "consulate", "prison", "police", "army", "navy",
	"militia", "frigate", "submarine", "convoy", "envoy", "delegation",
	"charity", "foundation", "trust", "cooperative", "guild", "federation",
	"chamber", "exchange", "index", "fund", "portfolio", "dividend", "payroll",
	"workforce", "apprenticeship", "curriculum", "exam", "scholarship",
	"dormitory", "canteen", "ambulance", "paramedic", "nurse", "surgeon",
	"midwife", "epidemic", "outbreak", "quarantine", "recall", "shortage",
	"blackout", "heat", "frost", "tide",
}

// nouns fill the rest of headlines and sentences.
var nouns = [...]string{
	"plan", "proposal", "deal", "agreement", "report", "study", "decision",
	"reform", "project", "scheme", "programme", "investment", "policy",
	"strategy", "review", "budget", "timetable", "deadline", "framework",
	"partnership", "initiative", "campaign", "package", "settlement", "rule",
	"measure", "target", "forecast", "estimate", "figure", "result",
	"warning", "decline", "increase", "recovery", "slowdown", "expansion",
	"closure", "opening", "upgrade", "delay", "shortfall", "dispute",
	"debate", "vote", "hearing", "consultation", "redesign", "overhaul",
	"network", "service", "route", "schedule", "contract", "fund", "levy",
	"rebate", "fee", "price", "wage", "salary", "bonus", "pension", "tariff",
}

// adjectives qualify nouns.
var adjectives = [...]string{
	"new", "controversial", "ambitious", "long-awaited", "costly", "modest",
	"sweeping", "temporary", "permanent", "regional", "national", "local",
	"private", "public", "major", "minor", "surprising", "expected",
	"unexpected", "cautious", "bold", "detailed", "revised", "fresh",
	"delayed", "scaled-back", "expanded", "rival", "joint", "independent",
	"annual", "quarterly", "historic", "record", "narrow", "broad", "urgent",
	"cross-party", "multi-year", "early", "late", "preliminary", "final",
	"confidential", "official", "unofficial", "disputed", "popular",
}

// verbsPresent are third-person singular verbs for headlines.
var verbsPresent = [...]string{
	"approves", "rejects", "unveils", "delays", "backs", "scraps", "weighs",
	"faces", "wins", "loses", "expands", "cuts", "doubles", "freezes",
	"launches", "halts", "revives", "defends", "questions", "signs",
	"challenges", "welcomes", "opposes", "extends", "reviews", "tests",
	"completes", "abandons", "secures", "announces",
}

// verbsPast are past-tense transitive verbs for sentences.
var verbsPast = [...]string{
	"approved", "rejected", "unveiled", "delayed", "backed", "scrapped",
	"weighed", "faced", "won", "lost", "expanded", "cut", "doubled",
	"froze", "launched", "halted", "revived", "defended", "questioned",
	"signed", "challenged", "welcomed", "opposed", "extended", "reviewed",
	"tested", "completed", "abandoned", "secured", "announced", "published",
	"criticised", "praised", "examined", "presented", "proposed",
}

// verbsBase are infinitives for "would ..." clauses.
var verbsBase = [...]string{
	"reduce", "raise", "improve", "replace", "protect", "support", "limit",
	"expand", "simplify", "strengthen", "fund", "delay", "review", "cover",
	"reshape", "stabilise", "modernise", "restore", "increase", "ease",
}

// reportVerbs introduce "that" clauses.
var reportVerbs = [...]string{
	"said", "argued", "warned", "announced", "confirmed", "suggested",
	"claimed", "insisted", "acknowledged", "predicted",
}

// saidVerbs introduce reported speech.
var saidVerbs = [...]string{
	"said", "argued", "warned", "noted", "explained", "insisted", "added",
	"told reporters", "wrote in a statement", "said in an interview",
}

// subjects are sentence subjects (lower case; capitalised at sentence start).
var subjects = [...]string{
	"the minister", "local officials", "the regional council", "union leaders",
	"researchers", "investors", "residents", "the committee", "analysts",
	"the mayor", "the board", "opposition politicians", "business groups",
	"the government", "campaigners", "the company", "economists",
	"the agency", "engineers", "teachers", "doctors", "the organisers",
	"the federation", "city planners", "the auditors", "shareholders",
	"the prosecutor", "environmental groups", "the spokesperson",
	"several lawmakers",
}

// places are fictional town names.
var places = [...]string{
	"Northbridge", "Eastholm", "Port Aurel", "Westmere", "Lindenfeld",
	"Saltcombe", "Karsby", "Vellmar", "Ashford Vale", "Brennick",
	"Coldwater", "Dunmore", "Elmsworth", "Farrowgate", "Glenhaven",
	"Harlowmoor", "Ironbridge", "Juniper Bay", "Kestrel Point", "Larkhill",
	"Marrowby", "Newhaven", "Oakridge", "Pembury", "Queensferry",
	"Ravenscar", "Stonebury", "Thornwick", "Upperton", "Valewood",
}

// prepositions link a noun phrase to a place.
var prepositions = [...]string{
	"in", "near", "for", "across", "outside", "around", "beyond",
}

// timePhrases end sentences.
var timePhrases = [...]string{
	"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
	"over the weekend", "last week", "earlier this year", "this month",
	"in the coming months", "by the end of the year", "after months of talks",
	"late on Sunday", "within weeks", "before the summer", "next spring",
}

// connectors open sentences.
var connectors = [...]string{
	"However", "Meanwhile", "In addition", "At the same time", "Still",
	"For now", "In the meantime", "By contrast", "Even so", "Earlier",
	"According to the documents", "As a result",
}

// sources are attributions for figures.
var sources = [...]string{
	"official figures", "a report published this week", "the latest survey",
	"people familiar with the matter", "data from the statistics office",
	"an internal memo", "the annual accounts", "industry estimates",
}

// quotes are things people say (lower case; capitalised when quoted).
var quotes = [...]string{
	"we have listened carefully and this is the right decision",
	"nobody expected the costs to rise this quickly",
	"this is a first step, not the last one",
	"the numbers simply do not add up",
	"families deserve clarity and they deserve it now",
	"we will keep working until the job is done",
	"it is too early to say what this means for the region",
	"the plan protects jobs and keeps prices stable",
	"there are lessons here for every town in the country",
	"we were not consulted, and that is unacceptable",
	"the evidence points clearly in one direction",
	"change takes time, but the direction is right",
}

// roles describe quoted people.
var roles = [...]string{
	"a spokesperson", "the chair", "a senior adviser", "the director",
	"a local resident", "the treasurer", "a union representative",
	"an independent analyst", "the project lead", "a board member",
}

// authorNames are the bylines of the site; author pages are
// /author/{first-last}/.
var authorNames = [...]string{
	"Amelia Hart", "Daniel Okafor", "Sofia Marquez", "Liam Brennan",
	"Hannah Vogel", "Rahul Mehta", "Chloe Dubois", "Tomasz Nowak",
	"Grace Lindqvist", "Samuel Adeyemi", "Mei Tanaka",
}

// topicTags and placeTags are the tag pages: every article has one topic
// tag (index % len(topicTags)) and one place tag ((index /
// len(topicTags)) % len(placeTags)); every third article also has
// analysisTag.
var topicTags = [...]string{
	"climate", "elections", "economy", "health", "technology", "transport",
	"education", "energy",
}

var placeTags = [...]string{
	"europe", "asia", "africa", "americas", "middle-east", "oceania",
}

const analysisTag = "analysis"

// defaultSections are the sections of a site made without Options.Sections.
var defaultSections = [...]string{"world", "politics", "business", "tech", "sport"}

// reserved are first path segments the site uses itself; sections may not
// take them.
var reserved = [...]string{
	"amp", "archive", "author", "calendar", "data.json", "feed.xml", "files",
	"img", "old", "page", "private", "robots.txt", "slow", "tag",
	"sitemap_index.xml", "news-sitemap.xml", "about", "contact", "a",
}
