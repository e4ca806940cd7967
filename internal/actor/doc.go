// Package actor finds the actors of an article — people, organisations,
// countries, media outlets and unnamed sources — binds titles and roles to
// names ("Turkish Foreign Minister Hakan Fidan"), links later mentions to
// them (surnames, pronouns, role descriptions such as "the Turkish
// president", metonyms such as "Tehran" or "the White House"), and gives
// each a CAMEO-style code: country (ISO 3166-1 alpha-3) plus sector.
//
// Country names and capitals come from github.com/biter777/countries;
// demonyms.tsv, generated from WordNet, gives the nationality words of
// some 190 countries ("Serbian", "Ugandans", "Sri Lankan"); actors.tsv adds
// aliases, titles, institutions, outlets, well-known office holders and
// the demonyms WordNet lacks, and users can add their own file.
package actor
