package event_test

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/actor"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/coder"
	"github.com/parley-news/parley/internal/document"
	"github.com/parley-news/parley/internal/event"
	"github.com/parley-news/parley/internal/nlp"
)

var theCoder = sync.OnceValues(coder.Default)

func coded(t testing.TB, text string, published time.Time) *document.Document {
	t.Helper()
	c, err := theCoder()
	if err != nil {
		t.Fatal(err)
	}
	d := article.FromText(text)
	d.Published = published
	article.InferDate(d)
	c.Code(d)
	return d
}

// sourcesOf returns the sources of the events on the evidence word, in
// order.
func sourcesOf(d *document.Document, evidence string) []document.EventActor {
	var out []document.EventActor
	for _, e := range d.Events {
		if d.Text[e.Evidence.Start:e.Evidence.End] == evidence {
			out = append(out, e.Source)
		}
	}
	return out
}

// sourceCodes is the codes of the sources of the events on evidence in
// d, joined by spaces.
func sourceCodes(d *document.Document, evidence string) string {
	var codes []string
	for _, src := range sourcesOf(d, evidence) {
		codes = append(codes, src.Code)
	}
	return strings.Join(codes, " ")
}

func find(d *document.Document, evidence string) *document.Event {
	for i, e := range d.Events {
		if d.Text[e.Evidence.Start:e.Evidence.End] == evidence {
			return &d.Events[i]
		}
	}
	return nil
}

func TestCode(t *testing.T) {
	friday := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, evidence, cameo, source, target, mode, date, place string
		negated                                                  bool
	}{
		{"Turkish President Recep Tayyip Erdogan met Iranian President Masoud Pezeshkian in Istanbul on Monday.",
			"met", "040", "TURGOV", "IRNGOV", "asserted", "2025-06-16", "Istanbul", false},
		// A noun event's "by" phrase is its author, not the verb's subject.
		{"Ukraine said the rebels had acted to protect civilians from attacks by Russian forces.",
			"attacks", "190", "RUSMIL", "", "asserted", "", "", false},
		// The men deployed do what they are deployed to do.
		{"Seoul summoned the Russian ambassador to protest against the deployment of North Korean soldiers to fight in Russia's war against Ukraine.",
			"fight", "190", "PRKMIL", "UKR", "asserted", "", "", false},
		// Visa restrictions on officials are administrative sanctions.
		{"U.S. Secretary of State Antony Blinken said Washington was \"deeply troubled\" and announced visa restrictions on Georgian officials responsible for undermining democracy.",
			"restrictions", "172", "USAGOV", "GEOGOV", "asserted", "", "", false},
		// Ethiopia's prime minister is known, wherever the story is filed.
		{"MOGADISHU, Somalia (AP) — Somalia expelled Ethiopia's ambassador. Prime Minister Abiy Ahmed has said his country is not seeking conflict with any neighbour.",
			"said", "010", "ETHGOV", "", "asserted", "", "", false},
		// A meeting an act is done at is where, not whom, it is aimed at.
		{"The leaders of Kosovo and Serbia failed to agree on steps to ease tensions in northern Kosovo at a meeting in Brussels.",
			"ease", "0356", "XKXGOV", "", "intended", "", "Brussels", false},
		// So for a surge of acts.
		{"Pakistan blames the Pakistani Taliban, a separate group allied with the Afghan Taliban, for a surge in attacks.",
			"attacks", "190", "PAKREB", "", "asserted", "", "", false},
		// Mounting calls to act are appeals, no phone calls.
		{"President Dina Boluarte has faced mounting calls to resign.", "calls", "020", "", "GOV", "asserted", "", "", false},
		// One blamed for an act did it.
		{"Colombian President Gustavo Petro suspended peace talks with the National Liberation Army on Friday after the rebel group was blamed for bombing an oil pipeline and killing two soldiers.",
			"killing", "180", "COLREB", "", "asserted", "2025-06-20", "", false},
		// Troops pulled out, or a country pulling out, withdraw.
		{"Russia pulled out its troops on Tuesday.", "pulled", "087", "RUS", "", "asserted", "2025-06-17", "", false},
		{"The United States will pull out, the president said.", "pull", "0356", "USA", "", "intended", "", "", false},
		// Forces sent are the sender's own; the target is whom they are
		// sent against.
		{"Trump said he would deploy up to 30,000 American soldiers in the Middle East to defeat the Islamic State.", "deploy", "150", "USAGOV", "IMG", "intended", "", "Middle East", false},
		// A country's citizens are its people, not its government.
		{"Beijing also warned its citizens against travelling to Japan.", "travelling", "042", "CHN", "JPN", "hypothetical", "", "", false},
		// The possessor of a plan whose points are rejected is its target.
		{"Iran rejected key points of Washington's proposal on Monday.", "rejected", "120", "IRN", "USAGOV", "asserted", "2025-06-16", "", false},
		// One declared persona non grata is expelled.
		{"Moldova declared a Russian diplomat persona non grata on Tuesday.", "declared", "174", "MDA", "RUSGOV", "asserted", "2025-06-17", "", false},
		// Two countries' leaders are theirs, wherever they meet.
		{"Thailand and Cambodia agreed on Monday to an immediate ceasefire. Anwar, who hosted talks between the two countries' leaders in Putrajaya, said the truce would take effect at midnight.",
			"talks", "046", "THAGOV", "KHM", "asserted", "", "", false},
		// A body's delegation is the body's, wherever it sits.
		{"Colombia suspended talks with the National Liberation Army. The ELN's delegation in Havana said it regretted the decision.",
			"said", "010", "COLREB", "", "asserted", "", "", false},
		// A protest sent through an embassy is not aimed where the
		// embassy sits.
		{"Japanese Prime Minister Shigeru Ishiba said Tokyo had protested through its embassy in Beijing.",
			"protested", "114", "JPNGOV", "", "asserted", "", "", false},
		// A package blocked is vetoed, whatever it holds: no aid convoy
		// is stopped.
		{"Hungary blocks EU aid package for Ukraine", "blocks", "129", "HUN", "IGO", "asserted", "", "", false},
		// Who killed is the subject of the clause after "after".
		{"The move came a week after the ELN, which the United States lists as a terrorist organization, killed nine soldiers in Arauca province.",
			"killed", "180", "COLREB", "", "asserted", "", "", false},
		// Criticism drawn from others is theirs, the phrase hung on the
		// verb, and aimed at the one who drew it.
		{"Russia vetoed a U.N. Security Council resolution on Monday, drawing sharp criticism from Britain and the United States.",
			"criticism", "111", "GBR", "RUS", "asserted", "2025-06-16", "", false},
		// Ambassadors sent back restore relations.
		{"Ethiopia and Somalia agreed on Thursday to restore full diplomatic relations and return their ambassadors.",
			"return", "032", "ETH", "SOM", "intended", "2025-06-19", "", false},
		// Talks restarted are talks to come.
		{"Argentina and Britain will restart talks on commercial flights.", "talks", "036", "ARG", "GBR", "intended", "", "", false},
		// A country's junta is its government.
		{"Mali junta expels French ambassador", "expels", "166", "MLIGOV", "FRAGOV", "asserted", "", "", false},
		// A refused appeal is made by those it comes from.
		{"Burhan vowed to keep fighting, rejecting calls from the United States and Saudi Arabia for a humanitarian truce.",
			"calls", "0256", "USA", "", "asserted", "", "", false},
		// Leaving a treaty named by its name cuts ties, no troops.
		{"Baghaei warned that Iran could withdraw from the Nuclear Non-Proliferation Treaty.", "withdraw", "160", "IRN", "", "hypothetical", "", "", false},
		// Turning to another for help appeals to them.
		{"Mali turned to Russia for security assistance.", "turned", "023", "MLI", "RUS", "asserted", "", "", false},
		{"Mali signed a mutual defence pact with Niger last year.", "signed", "057", "MLI", "NER", "asserted", "2024", "", false},
		// The events a batch counts share the light verb's mode.
		{"Egypt offered on Sunday to host a new round of negotiations.", "negotiations", "036", "EGY", "", "intended", "2025-06-15", "", false},
		// Leaving a bloc cuts ties, also with the phrase hung on the
		// verb that announces it.
		{"Mali announced its withdrawal from the West African bloc.", "withdrawal", "160", "MLI", "", "asserted", "", "", false},
		{"Washington pulled out of the accord in 2018.", "pulled", "160", "USAGOV", "", "asserted", "2018", "", false},
		// Violating a truce (196); each of those accusing each other is
		// accused, against the other.
		{"Russia violated the truce on Tuesday.", "violated", "196", "RUS", "", "asserted", "2025-06-17", "", false},
		{"Israel and Hamas accused each other of violating their ceasefire.", "violating", "196", "ISR", "PSEREB", "asserted", "", "", false},
		// An attempt another foils or condemns is nobody's the sentence
		// names; one "by" someone is theirs.
		{"Niger condemned the attempt to overthrow President Mohamed Bazoum.", "overthrow", "180", "", "GOV", "intended", "", "", false},
		{"Kyiv rejected any attempt by Russian officials to annex the region.", "annex", "192", "RUSGOV", "", "intended", "", "", false},
		// A package of sanctions agreed or adopted is imposed, and so is
		// one whose sanctions are its compound.
		{"EU countries agreed a 19th package of sanctions against Russia on Thursday.", "sanctions", "163", "IGO", "RUS", "asserted", "2025-06-19", "", false},
		{"The EU adopted new sanctions against Russia.", "sanctions", "163", "IGO", "RUS", "asserted", "", "", false},
		// Halting exports to a country or purchases from it is an embargo.
		{"Colombia suspends arms purchases from Israel", "suspends", "163", "COL", "ISR", "asserted", "", "", false},
		{"Israel's defence ministry said it had halted security exports to Colombia.", "halted", "163", "ISRGOV", "COL", "asserted", "", "", false},
		{"Colombia will stop buying weapons from Israel.", "stop", "1312", "COL", "ISR", "intended", "", "", false},
		// A recalled envoy is one's own; ties are cut with where it served.
		{"Nigeria recalls ambassador from Niger after border closure", "recalls", "161", "NGA", "NER", "asserted", "", "", false},
		{"The EU imposed a new sanctions package on Russia.", "sanctions", "163", "IGO", "RUS", "asserted", "", "", false},
		// "accused" after "and" with a long possessed object before
		// "of" is the past tense.
		{"Venezuelan Foreign Minister Yvan Gil said Brazil had interfered in Venezuela's internal affairs and accused President Luiz Inacio Lula da Silva's government of acting as an agent of Washington.",
			"accused", "112", "VENGOV", "BRAGOV", "asserted", "", "", false},
		// A resolution's order is its passer's, and a board the
		// agency's possessive names is the agency's organ.
		{"The IAEA's Board of Governors passed a resolution on Thursday ordering Iran to improve cooperation with inspectors.", "ordering", "100", "IGO", "IRN", "asserted", "2025-06-19", "", false},
		// A term an agreement would include is supposed, not done.
		{"The agreement would include an Israeli withdrawal from positions in southern Syria.", "withdrawal", "087", "ISR", "SYR", "hypothetical", "", "Syria", false},
		// A headline's verb before its preposition.
		{"Serbian police clash with protesters demanding early elections", "clash", "190", "SRBCOP", "SRB", "asserted", "", "", false},
		{"Guinea-Bissau soldiers seize power, detain president", "seize", "180", "GNBMIL", "", "asserted", "", "", false},
		// A ministry's forces are its country's military.
		{"Russia's defence ministry said its forces had captured two villages in the Donetsk region.", "captured", "192", "RUSMIL", "UKR", "asserted", "", "Donetsk", false},
		// Hosting talks that name their sides is aimed at neither.
		{"Oman hosted U.S.-Iran talks.", "hosted", "043", "OMN", "", "asserted", "", "", false},
		// Retaliating against trade curbs is a sanction, not force.
		{"China retaliates against new U.S. chip curbs with export ban on rare minerals", "retaliates", "163", "CHN", "", "asserted", "", "", false},
		{"Iran retaliated against Israel with missile strikes.", "retaliated", "190", "IRN", "ISR", "asserted", "", "", false},
		// The police detain, and the protesters demand.
		{"Police in Serbia fired tear gas and detained dozens of people on Saturday as tens of thousands of protesters rallied in Belgrade to demand early elections.", "detained", "173", "SRBCOP", "", "asserted", "2025-06-14", "", false},
		// A country's forces are its military.
		{"U.S. forces struck another boat on Tuesday.", "struck", "190", "USAMIL", "", "asserted", "2025-06-17", "", false},
		// Aid pledged is the pledger's intent to give it.
		{"Germany pledged military aid to Ukraine.", "aid", "033", "DEU", "UKR", "intended", "", "", false},
		// A subjunctive before an adjective is the demanded act's verb.
		{"The Security Council demanded that the RSF allow humanitarian access to the city.", "demanded", "1055", "IGO", "SDNREB", "asserted", "", "", false},
		{"Israel has demanded that Hezbollah be disarmed.", "demanded", "1056", "ISR", "LBNREB", "asserted", "", "", false},
		// A country's name compounded on the act beside a title is the
		// title holder's.
		{"Belarus frees 52 prisoners after U.S. envoy visit", "visit", "042", "USAGOV", "", "asserted", "", "", false},
		// A country's people named by its demonym are no government.
		{"Venezuela frees six Americans\n\nCARACAS (Reuters) - Washington said it had not agreed to lift sanctions.", "frees", "084", "VEN", "USA", "asserted", "", "", false},
		// What one will not agree to is negated with the agreeing.
		{"Moscow would not agree to any ceasefire.", "ceasefire", "087", "RUSGOV", "", "hypothetical", "", "", true},
		// What an armed side denies doing is force it denies.
		{"The RSF denied targeting civilians.", "targeting", "190", "SDNREB", "", "denied", "", "", false},
		{"The RSF has denied targeting civilians.", "targeting", "190", "SDNREB", "", "denied", "", "", false},
		// Denying the charge "which" sums up denies responsibility.
		{"Israel accuses Hezbollah of trying to rebuild its arsenal, which the group denies.", "denies", "016", "LBNREB", "", "asserted", "", "", false},
		// Helping to mediate is mediating.
		{"Egypt helped mediate talks between Israel and Hamas.", "mediate", "045", "EGY", "ISR", "asserted", "", "", false},
		// Where a missile is fired off is no target.
		{"North Korea fired at least one ballistic missile off its east coast on Friday, South Korea's military said.", "fired", "195", "PRK", "", "asserted", "2025-06-20", "", false},
		// Calls to act are appeals, also with the infinitive hung on
		// the verb; a call with someone is a phone call.
		{"North Korean leader Kim Jong Un has rejected calls from Washington and Seoul to resume talks.", "calls", "020", "USAGOV", "", "asserted", "", "", false},
		{"Trump held a call with Putin on Tuesday.", "call", "041", "USAGOV", "RUSGOV", "asserted", "2025-06-17", "", false},
		// The remains of the dead are returned as people are.
		{"Hamas handed over the remains of two hostages to the Red Cross on Tuesday.", "handed", "084", "PSEREB", "IGO", "asserted", "2025-06-17", "", false},
		// Who are handed over are not whom they are handed to.
		{"Iraq handed over 40 suspected Islamic State fighters to Syrian authorities on Thursday.", "handed", "084", "IRQ", "SYRGOV", "asserted", "2025-06-19", "", false},
		// Sanctions lifted are aimed at what they were on, and a
		// country's epithet is the country named before.
		{"The United States lifted sanctions on Syria's central bank on Wednesday.", "lifted", "085", "USA", "SYR", "asserted", "2025-06-18", "", false},
		{"The United States lifted sanctions on Syria's central bank, the Treasury Department said, in a step to ease restrictions on the war-torn country.", "ease", "081", "USAGOV", "SYR", "asserted", "", "", false},
		// A country's name as an adjective names a noun event's author
		// ("Saudi demands"), and a sentence with a full stop has a verb.
		{"The talks focused on Saudi demands for a Palestinian state.", "demands", "100", "SAU", "PSE", "asserted", "", "", false},
		// Blocking aid on its way restricts movement.
		{"The Rapid Support Forces blocked a convoy of 20 trucks carrying food to El Fasher.", "blocked", "191", "SDNREB", "", "asserted", "", "", false},
		// A participle joined to one on a noun has its own agent.
		{"Russia and Ukraine exchanged prisoners in a swap agreed at talks in Istanbul and mediated by the United Arab Emirates.", "mediated", "045", "ARE", "", "asserted", "", "", false},
		// Bare troops in a military's report are its own.
		{"The Israeli military said troops had opened fire on militants who crossed the ceasefire line.", "opened", "190", "ISRMIL", "", "asserted", "", "", false},
		// So do a defence ministry's air defences, whatever the nationality
		// of what they hit.
		{"Russia's Defence Ministry said air defences had destroyed 57 Ukrainian drones over several regions.", "destroyed", "171", "RUSMIL", "UKR", "asserted", "", "", false},
		// A peacekeeping mission extended protects.
		{"The U.N. Security Council voted on Monday to extend its peacekeeping mission in South Sudan.", "mission", "074", "IGO", "SSD", "asserted", "2025-06-16", "South Sudan", false},
		// Placed under arrest or taken into custody: arrested.
		{"Israeli forces took two Palestinians into custody.", "took", "173", "ISRMIL", "PSE", "asserted", "", "", false},
		{"Turkish police placed the mayor of Istanbul under house arrest.", "placed", "173", "TURCOP", "TURGOV", "asserted", "", "", false},
		// Declared persona non grata: expelled.
		{"Niger declared the UN coordinator persona non grata on Friday.", "declared", "174", "NER", "IGO", "asserted", "2025-06-20", "", false},
		// A person's campaign is an "it".
		{"Sanders' campaign announced it would seek a recanvass in Kentucky.", "seek", "020", "USALEG", "", "intended", "", "Kentucky", false},
		// Two who spoke by phone spoke with each other.
		{"Trump and Putin spoke by phone on Tuesday.", "spoke", "041", "USAGOV", "RUSGOV", "asserted", "2025-06-17", "", false},
		// Export curbs and tariffs are trade sanctions, whoever slaps or
		// raises them.
		{"China slaps export curbs on rare earths.", "curbs", "163", "CHN", "", "asserted", "", "", false},
		{"China imposed export restrictions on Tuesday, days after the European Union raised tariffs on Chinese electric vehicles.", "tariffs", "163", "IGO", "CHN", "asserted", "", "", false},
		// Destroying homes does.
		{"Israeli forces destroyed homes in the village.", "destroyed", "171", "ISRMIL", "", "asserted", "", "", false},
		// Someone's fire is shooting, no blaze.
		{"The Gaza health ministry said Israeli fire had killed at least 350 Palestinians.", "killed", "180", "ISR", "PSE", "asserted", "", "", false},
		// The cities a speaker says were fired at are the speaker's, not
		// the attacker's.
		{"Israel said Hamas fired rockets at its cities.", "fired", "195", "PSEREB", "ISR", "asserted", "", "", false},
		// Who backs a group by a hyphened nationality backs the group.
		{"Rwandan-backed M23 rebels seized the town of Uvira.", "backed", "051", "RWA", "CODREB", "asserted", "", "", false},
		// A country discussed is the topic; the side is whom with.
		{"Erdogan discussed Syria with Putin.", "discussed", "040", "TURGOV", "RUSGOV", "asserted", "", "", false},
		{"Erdogan discussed Syria, Iraq and Libya.", "discussed", "040", "TURGOV", "", "asserted", "", "", false}, // every country of a list a topic
		// A state of emergency declared is imposed (1724), no statement.
		{"Colombian President Gustavo Petro declared a state of internal commotion.", "state", "1724", "COLGOV", "", "asserted", "", "", false},
		{"The Azerbaijani authorities declared war on Nagorno-Karabakh.", "war", "190", "AZEGOV", "AZE", "asserted", "", "", false},
		// "With whom" is the noun before the comma.
		{"Erdogan met Putin, with whom he discussed Syria.", "discussed", "040", "TURGOV", "RUSGOV", "asserted", "", "", false},
		// What a pretext is sought for is the seeker's.
		{"Eritrea said Ethiopia was seeking a pretext to seize the Red Sea port of Assab.", "seize", "1382", "ETH", "", "intended", "", "", false},
		// A headline's two names trading accusations accuse each other.
		{"Ethiopia, Eritrea trade accusations as troops mass near border", "trade", "112", "ETH", "ERI", "asserted", "", "", false},
		// Giving shelter to someone is asylum.
		{"Pakistan sheltered the Taliban leaders for years.", "sheltered", "075", "PAK", "AFG", "asserted", "", "", false},
		// Halting an offensive de-escalates.
		{"Israel halted its offensive in Gaza.", "halted", "087", "ISR", "", "asserted", "", "", false},
		// A plot to attack is an intent to attack.
		{"North Korea said Seoul and Tokyo were plotting with Washington to invade the North.",
			"invade", "138", "KORGOV", "", "intended", "", "", false},
		// A passive's subject does the modal verb joined to it, not its agent.
		{"Washington was disappointed by the decision but would keep pressing Sudan to return to the table.",
			"pressing", "020", "USAGOV", "SDN", "hypothetical", "", "", false},
		// What one is charged with is the charged one's.
		{"Prosecutors charged two Russian agents with planning arson attacks.",
			"attacks", "138", "RUS", "", "intended", "", "", false},
		// A message carried between delegations is a consultation (a
		// future one: intent to negotiate).
		{"Oman's foreign minister will carry messages between the Iranian and American delegations.",
			"carry", "036", "OMNGOV", "IRNGOV", "intended", "", "", false},
		// The troops sent are what is given, not to whom.
		{"Washington sent American troops to Iraq.",
			"sent", "074", "USAGOV", "IRQ", "asserted", "", "", false},
		{"Hamas said it would not give up its demand for a permanent end to the war.",
			"demand", "100", "PSEREB", "", "asserted", "", "", false}, // not giving a demand up keeps it
		{"Chinese President Xi Jinping also discussed the war in Ukraine.",
			"discussed", "040", "CHNGOV", "", "asserted", "", "", false}, // where the war is, not the talks
		// A call to someone is a phone call.
		{"Trump told reporters he had called Putin and begun arranging a meeting.",
			"called", "041", "USAGOV", "RUSGOV", "asserted", "", "", false},
		// What information is sought to lead to has not happened.
		{"Washington accused Nicolas Maduro of trafficking drugs and doubled a reward for information leading to his arrest.",
			"arrest", "173", "", "VENGOV", "hypothetical", "", "", false},
		// An offer to mediate is an intent to mediate.
		{"The African Union urged both countries to exercise restraint and offered to mediate.",
			"mediate", "039", "IGO", "", "intended", "", "", false},
		// A person's "they" are others, not the person.
		{"\"They are threatening Venezuela with eight ships,\" Maduro said.",
			"threatening", "130", "", "VEN", "asserted", "", "", false},
		// What a report does not confirm is not asserted.
		{"The Kremlin did not confirm that Putin had agreed to meet Zelenskiy.",
			"meet", "036", "RUSGOV", "UKRGOV", "hypothetical", "", "", false},
		// The expelled are the target, not the land they leave.
		{"General Abdourahamane Tiani has expelled French troops from the country.",
			"expelled", "174", "MIL", "FRAMIL", "asserted", "", "", false},
		// The agent of a threat posed is its author, not who cites it: the
		// forces whose exercises pose it.
		{"Siemoniak cited the threat posed by Russian and Belarusian military exercises.",
			"threat", "130", "RUSMIL", "", "asserted", "", "", false},
		// Who brokers talks is not a party to them.
		{"The United States had been in secret talks with Iran brokered by Oman.",
			"talks", "046", "USA", "IRN", "asserted", "", "", false},
		// Talks one should engage in are not yet held.
		{"North Korea should engage in credible talks on denuclearization.",
			"talks", "046", "PRK", "", "hypothetical", "", "", false},
		// Summits agreed to, coordinated with another infinitive, are
		// intended, and between the two who agreed.
		{"Japan and South Korea agreed on Saturday to strengthen security cooperation and to hold regular summits.",
			"summits", "036", "JPN", "KOR", "intended", "2025-06-14", "", false},
		// The one blamed for an act did it.
		{"The government blamed the Rapid Support Forces for the attack.",
			"attack", "190", "SDNREB", "", "asserted", "", "", false},
		// So did the one accused of it, in a headline's words too.
		{"Guyana accused Venezuela of an attack on its soldiers.",
			"attack", "190", "VEN", "GUYMIL", "asserted", "", "", false},
		{"Guyana accuses Venezuela of attack on soldiers near disputed border",
			"attack", "190", "VEN", "", "asserted", "", "", false},
		{"Two of the women have accused the former president of sexual assault.",
			"assault", "1821", "", "", "asserted", "", "", false},
		// Talks two sides push for are others', not with each other.
		{"The United States and Britain said they would push for new talks.",
			"talks", "046", "USA", "", "hypothetical", "", "", false},
		// A country capturing villages occupies territory.
		{"Russia's defence ministry claimed to have captured two more villages in the eastern Donetsk region.",
			"captured", "192", "RUSGOV", "UKR", "asserted", "", "Donetsk", false},
		// A ceasefire awaited under "would … until" is not agreed yet.
		{"Zelenskiy said Ukraine would keep hitting Russia's energy infrastructure until Moscow agreed to a ceasefire.",
			"ceasefire", "0356", "RUSGOV", "", "hypothetical", "", "", false},
		// So is what is awaited "before", in the present tense.
		{"Israeli media said Israel would not agree to end the war before Hamas is disarmed.",
			"disarmed", "087", "", "PSEREB", "hypothetical", "", "", false},
		// What one needs or has to do is not done yet, nor what one had
		// to do in a reported clause.
		{"Iran needs to release the prisoners.", "release", "084", "IRN", "", "hypothetical", "", "", false},
		{"He has the record to back it up.", "back", "051", "", "", "asserted", "", "", false},
		{"Voters will look at what I have to offer.", "offer", "030", "", "", "asserted", "", "", false},
		{"Kurti told reporters that Serbia had first to recognize Kosovo's independence.",
			"recognize", "054", "SRB", "XKX", "hypothetical", "", "", false},
		// A passive "being" clause with an agent, after or before the
		// deed of its verb, is done to that verb's subject; not after a
		// verb of saying.
		{"The FBI had interviewed Tsarnaev after being warned by the Russian government that he was a threat.",
			"warned", "130", "RUSGOV", "USACOP", "asserted", "", "", false},
		{"The driver opened fire on revelers, French officials said, before being shot to death by police.",
			"shot", "193", "", "", "asserted", "", "", false},
		// Suspending outlets is an administrative sanction.
		{"Mali's military government suspended French broadcasters RFI and France 24.",
			"suspended", "172", "MLIGOV", "MED", "asserted", "", "", false},
		// What one stops short of doing is not done.
		{"She praised Fields for pursuing charges in the case but stopped short of calling for Lewandowski to be fired.",
			"calling", "020", "", "", "failed", "", "", false},
		// A vow that attacks will go on threatens force.
		{"Houthi military spokesman Yahya Saree said the group had targeted the ship. He vowed that attacks would continue until Israel ends its war in Gaza.",
			"vowed", "138", "YEMREB", "", "asserted", "", "", false},
		// What a blocked plan would give is not given, nor given by the
		// blocker; euros given are aid.
		{"However, Orban blocked a plan to give Ukraine 50 billion euros in financial aid over the next four years.",
			"give", "070", "", "UKR", "failed", "", "", false},
		// Asylum granted, kept as the object of a passive, is asylum.
		{"Ecuadorean police arrested a former vice president who had been granted asylum there.",
			"granted", "075", "", "", "asserted", "", "", false},
		// What a speaker says his own country and another must do is
		// a statement, no demand.
		{"Japan and South Korea agreed to resume visits. Yoon said the neighbours must cooperate in the face of North Korea's missile launches.",
			"said", "010", "KOR", "", "asserted", "", "", false},
		// What one will not let a thing be used for is not done.
		{"Philippine president says he will not allow U.S. to use bases for Taiwan attack",
			"attack", "190", "USA", "", "hypothetical", "", "", false},
		// People clash over a matter in words.
		{"Council members voted to remove Garry Conille after he clashed with them over the appointment of ministers.",
			"clashed", "110", "", "", "asserted", "", "", false},
		// Whom an attack is carried out on behalf of is not its target.
		{"Poland said it had identified two Ukrainian citizens who carried out the attack on Moscow's behalf.",
			"attack", "190", "UKR", "", "asserted", "", "", false},
		// A participle's agent does what it says.
		{"Russia and Ukraine have carried out dozens of swaps since the start of the war, most of them mediated by the UAE.",
			"mediated", "045", "ARE", "", "asserted", "", "", false},
		// Pausing mediation halts it.
		{"Qatar has paused its mediation.", "paused", "165", "QAT", "", "asserted", "", "", false},
		// A vow to crush something threatens force.
		{"President William Ruto called the protesters criminals and vowed to crush what he described as treasonous violence.",
			"vowed", "130", "KENGOV", "", "asserted", "", "", false},
		// Warships sent to a sea are a show of force.
		{"Maduro ordered military exercises after the United States sent warships to the southern Caribbean.",
			"sent", "150", "USA", "", "asserted", "", "", false},
		// Talks one will not return to are not held; a negotiating table
		// is the talks it stands for.
		{"Colombia's government would not return to the talks unless the rebels released all hostages.",
			"talks", "046", "COLGOV", "", "hypothetical", "", "", true},
		{"Colombia's government returned to the negotiating table.", "table", "046", "COLGOV", "", "asserted", "", "", false},
		// A possessor's envoy or director for a place is the possessor's.
		{"Britain's Iran ambassador said the talks had failed.", "said", "010", "GBR", "", "asserted", "", "", false},
		{"Reporters Without Borders condemned the decision. The group's Africa director said the junta had lied.",
			"said", "010", "NGO", "", "asserted", "", "", false},
		// Cooperation halted and a treaty left cut ties.
		{"Iran halted cooperation with the United States.", "halted", "160", "IRN", "USA", "asserted", "", "", false},
		{"Iran left the treaty with the United States.", "left", "160", "IRN", "USA", "asserted", "", "", false},
		// What one would try to do if something happened is supposed.
		{"Qassem warned that Lebanon would face civil strife if the army tried to seize its arsenal.",
			"seize", "171", "", "", "hypothetical", "", "", false},
		// What talks will focus on is a topic, not done yet.
		{"The talks will focus on the release of Israeli hostages.", "release", "084", "", "ISR", "hypothetical", "", "", false},
		// What one is free to do is not done.
		{"Plenkovic said Serbia was free to join the cooperation.", "cooperation", "060", "SRB", "", "hypothetical", "", "", false},
		// What one proposes using something for is intended.
		{"German Chancellor Friedrich Merz said Europe must increase pressure on Moscow and proposed using frozen Russian assets to fund Ukraine's defence.", "fund", "033", "DEUGOV", "UKR", "intended", "", "", false},
		// Any concession denied is denied, not only supposed.
		{"Iran denied that it had made any concessions to the United States.", "concessions", "080", "IRN", "USA", "denied", "", "", false},
		// The leaders of two countries who speak speak for them, with
		// each other.
		{"The leaders of India and Pakistan spoke by phone on Saturday.", "spoke", "041", "INDGOV", "PAKGOV", "asserted", "2025-06-14", "", false},
		// People in a region a place's name names are of its country.
		{"Pakistan's foreign ministry said the strikes had killed a number of militants in Iran's Sistan-Baluchestan province.",
			"killed", "180", "", "IRNREB", "asserted", "", "", false},
		// A plan one's own country spoke of intending is not the one a
		// spokesman calls theft.
		{"Russia has warned that it would retaliate against any seizure of its assets. Kremlin spokesman Dmitry Peskov called the plan \"theft.\"",
			"called", "111", "RUSGOV", "", "asserted", "", "", false},
		// What a vehicle seized or struck carries is not the seizer's
		// doing; what one sends, one gives.
		{"Israeli naval forces on Monday intercepted a boat carrying activists and aid to Gaza.",
			"aid", "070", "", "PSE", "asserted", "2025-06-16", "", false},
		{"Turkey sent a ship carrying aid to Gaza.", "aid", "070", "TUR", "PSE", "asserted", "", "", false},
		// Tariffs on goods from a country are aimed at it.
		{"China imposed tariffs on imports from the United States.",
			"tariffs", "163", "CHN", "USA", "asserted", "", "", false},
		{"China imposed tariffs on some U.S. agricultural products.",
			"tariffs", "163", "CHN", "USA", "asserted", "", "", false},
		{"China said it would impose additional tariffs of 34% on all goods imported from the United States.",
			"tariffs", "1312", "CHN", "USA", "intended", "", "", false},
		// A named group seizing cities through "which" occupies them.
		{"The M23 rebel group, which seized the cities of Goma and Bukavu earlier this year, was not a party to the deal.",
			"seized", "192", "CODREB", "COD", "asserted", "2025", "", false},
		// Committing to withdraw is an intent.
		{"Rwanda committed to withdrawing its troops from Congolese territory within 90 days.",
			"withdrawing", "0356", "RWA", "COD", "intended", "", "", false},
		// Talks rejected or ruled out are not held; talks one is open to
		// are intended.
		{"Iran rejected talks with the United States.",
			"talks", "046", "IRN", "USA", "failed", "", "", false},
		{"Iran ruled out talks with the United States.",
			"ruled", "120", "IRN", "USA", "asserted", "", "", false},
		{"Iran is open to talks with the United States.",
			"talks", "036", "IRN", "USA", "intended", "", "", false},
		{"Iran did not rule out a meeting with the United States.",
			"meeting", "040", "IRN", "USA", "hypothetical", "", "", false},
		// An agreement one is close to reaching is not reached.
		{"Israel and Syria are close to reaching a security agreement.",
			"agreement", "057", "ISR", "", "hypothetical", "", "", false},
		// Leaving a court or a treaty reduces relations; it pulls no
		// troops back.
		{"Mali withdrew from the International Criminal Court.",
			"withdrew", "160", "MLI", "IGO", "asserted", "", "", false},
		// Rebels named by a group's name are a side; so is what a wave
		// of strikes is against.
		{"The United States launched a wave of air strikes against Houthi rebels in Yemen.",
			"strikes", "190", "USA", "YEMREB", "asserted", "", "Yemen", false},
		// Lifting most of the sanctions eases them.
		{"West African leaders lifted most of the economic sanctions they had imposed on Niger.",
			"lifted", "085", "GOV", "", "asserted", "", "", false},
		// Whatever one accuses of an act did it, and the toll is the act's.
		{"The Philippines accused Chinese coast guard vessels of ramming and firing water cannon at a Philippine supply boat, injuring four sailors.",
			"firing", "175", "CHNMIL", "PHL", "asserted", "", "", false},
		{"The Philippines accused Chinese coast guard vessels of ramming and firing water cannon at a Philippine supply boat, injuring four sailors.",
			"injuring", "180", "CHNMIL", "", "asserted", "", "", false},
		{"Kosovo accused Serbia of training and arming the group.",
			"arming", "072", "SRB", "", "asserted", "", "", false},
		// Agreeing to cut tariffs is an intent to ease them.
		{"The United States and China agreed to slash reciprocal tariffs for 90 days.",
			"slash", "0354", "USA", "", "intended", "", "", false},
		// Easing tensions de-escalates; it lifts no sanction.
		{"India moved to ease tensions along the border.",
			"ease", "087", "IND", "", "asserted", "", "", false},
		// Land an armed side fails to capture is territory not occupied.
		{"Ukraine would never give up land that Russian forces have been unable to capture.",
			"capture", "192", "RUSMIL", "", "failed", "", "", false},
		// An armed group that captures a camp occupies it.
		{"The RSF captured the Zamzam camp, south of El Fasher, in April.",
			"captured", "192", "SDNREB", "", "asserted", "2025-04", "", false},
		{"Lithuania closed several border crossings with Belarus.",
			"closed", "172", "LTU", "BLR", "asserted", "", "", false},
		// Who stops attacking de-escalates; pressure from someone is theirs.
		{"The Houthis agreed to stop attacking US ships.",
			"stop", "0356", "YEMREB", "", "intended", "", "", false},
		{"The move drew threats from Pyongyang.",
			"threats", "130", "PRKGOV", "", "asserted", "", "", false},
		// Strikes kept up are made; positions counted are held by arms.
		{"Israel has kept up near-daily strikes in Lebanon despite a November 2024 ceasefire.",
			"strikes", "190", "ISR", "LBN", "asserted", "", "Lebanon", false},
		{"Hezbollah will not disarm while Israel occupies five positions in the south.",
			"occupies", "192", "ISR", "", "asserted", "", "", false},
		// Power or an administration handed over is yielded, to whom it
		// is handed.
		{"The army ceded control of the city to the M23 rebels.",
			"ceded", "080", "", "CODREB", "asserted", "", "", false},
		// A headline's infinitive is its future.
		{"Saudi crown prince to visit Washington, sources say",
			"visit", "036", "SAUGOV", "USAGOV", "intended", "", "", false},
		// Stones thrown at police are a violent protest.
		{"Protesters threw flares and stones at police.",
			"threw", "145", "", "", "asserted", "", "", false},
		// Executions carried out are killings; building up forces
		// mobilizes (promised, an intent).
		{"Iran has carried out dozens of executions this year.",
			"executions", "180", "IRN", "", "asserted", "", "", false},
		{"North Korean leader Kim Jong Un vowed to keep strengthening his country's nuclear forces.",
			"strengthening", "154", "PRKGOV", "", "intended", "", "", false},
		// Troops back with arms.
		{"The government said its forces, backed by African Union troops, had repelled the attack.",
			"backed", "062", "IGO", "", "asserted", "", "", false},
		// A case filed against someone sues them.
		{"South Africa filed a genocide case against Israel at the International Court of Justice.",
			"filed", "115", "ZAF", "ISR", "asserted", "", "", false},
		// The agent after a time: "brokered in July by".
		{"The clashes threaten a ceasefire brokered in July by Malaysia and U.S. President Donald Trump.",
			"brokered", "045", "MYS", "", "asserted", "2024-07", "", false},
		// Sanctions on a thing are aimed at its owner, a pronoun too.
		{"Venezuela rejected new U.S. sanctions on its oil sector.",
			"sanctions", "163", "USA", "VEN", "asserted", "", "", false},
		// Parties dissolved are banned.
		{"Mali's military government dissolved all political parties.",
			"dissolved", "1722", "MLIGOV", "", "asserted", "", "", false},
		// A country defended is defended with arms.
		{"Washington is obligated to defend the Philippines under a 1951 treaty.",
			"defend", "074", "USAGOV", "PHL", "asserted", "", "", false},
		// And promised, an intent to protect; also after a noun of
		// commitment, which is no event besides it.
		{"Washington pledged to defend the Philippines.",
			"defend", "0334", "USAGOV", "PHL", "intended", "", "", false},
		{"Washington reaffirmed its commitment to defend the Philippines under a 1951 treaty.",
			"defend", "0334", "USAGOV", "PHL", "intended", "", "", false},
		// A direction from a place says where, not whom.
		{"Houthi rebels attacked a tanker 50 nautical miles southwest of Hodeidah.",
			"attacked", "190", "YEMREB", "", "asserted", "", "Hodeidah", false},
		// A summons is coded on what it is for, aimed at the countries of
		// the diplomats summoned; a protest it is for is a diplomatic
		// one (PLOVER's manual: ACCUSE, not a demonstration).
		{"Iran summoned the ambassadors of Germany and France to protest against the measures.",
			"protest", "114", "IRN", "DEUGOV", "asserted", "", "", false},
		{"Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to storm his residence.",
			"resigned", "0831", "GEOGOV", "", "asserted", "2025-06-15", "", false},
		// Who is called on to act is the appeal's target and the act's
		// source; the act is wanted, not done.
		{"The European Union called for Israel to halt its offensive.",
			"called", "020", "IGO", "ISR", "asserted", "", "", false},
		{"The European Union called for Israel to halt its offensive.",
			"halt", "087", "ISR", "", "hypothetical", "", "", false},
		{"India launched strikes on militant camps in Pakistan.",
			"strikes", "190", "IND", "PAK", "asserted", "", "Pakistan", false}, // where what was struck is
		{"Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices in east Jerusalem.",
			"agreement", "057", "PSE", "", "failed", "", "", false}, // what the agreement is about, not where
		{"The Sudanese army vowed to retake the city.",
			"retake", "1382", "SDNMIL", "", "intended", "", "", false}, // a threat to occupy
		{"The leaders met to discuss a U.S. proposal for a ceasefire in Gaza.",
			"ceasefire", "087", "", "PSE", "hypothetical", "", "Gaza", false}, // proposed, not made
		{"The minister avoided meeting his Japanese counterpart.",
			"meeting", "040", "", "JPNGOV", "failed", "", "", false}, // kept from happening
		{"Iranian officials met to discuss a U.S. proposal.",
			"discuss", "040", "IRNGOV", "", "asserted", "", "", false}, // a topic, not a side
		{"China held military drills near Taiwan.",
			"drills", "150", "CHN", "TWN", "asserted", "", "", false},
		{"The U.S. sends $400 million in weapons to Taiwan.",
			"sends", "072", "USA", "TWN", "asserted", "", "", false}, // what the sum is in
		{"The U.S. sends weapons to Taiwan.",
			"sends", "072", "USA", "TWN", "asserted", "", "", false},
		{"Armenia and Azerbaijan agreed to stop fighting.",
			"stop", "0356", "ARM", "", "intended", "", "", false}, // an intent to de-escalate, no threat of force
		{"The Sudanese army stopped fighting.",
			"stopped", "087", "SDNMIL", "", "asserted", "", "", false},
		{"The two countries agreed to halt all firing and military action.",
			"halt", "0356", "", "", "intended", "", "", false},
		// Both accused are the doers of what they are accused of.
		{"Human Rights Watch has accused both the Sudanese army and the militants of killing civilians.",
			"killing", "180", "SDNMIL", "", "asserted", "", "", false},
		// A party that refuses was backed all the same, and is whom the
		// backing is for.
		{"Belgrade, backed by Russia and China, has refused to recognize Kosovo.",
			"backed", "051", "RUS", "SRBGOV", "asserted", "", "", false},
		// A city that hosts talks is no side of the cooperation.
		{"Serbia is normalizing relations at talks in Brussels.",
			"normalizing", "050", "SRB", "", "asserted", "", "Brussels", false},
		{"Armenia agreed in Abu Dhabi to reopen two border crossings.",
			"agreed", "030", "ARM", "", "asserted", "", "Abu Dhabi", false},
		// A date "since" opens is where a span starts, not the
		// statement's.
		{"The United Nations says more than 12 million people have fled their homes since the war erupted in April 2023.",
			"says", "010", "IGO", "", "asserted", "", "", false},
		// Officers are people an act is done to.
		{"Ten officers were wounded.",
			"wounded", "180", "", "", "asserted", "", "", false},
		// In the passive, the accused did what they are accused of.
		{"The RSF has been accused by rights groups of killing hundreds of civilians.",
			"killing", "180", "SDNREB", "", "asserted", "", "", false},
		// "Last year's ceasefire" dates the ceasefire, not the statement.
		{"The Israeli military said it had targeted Tabatabai in violation of last year's ceasefire.",
			"said", "010", "ISRMIL", "", "asserted", "", "", false},
		// A day threatened for is the next one of its name.
		{"Trump has threatened to impose an additional 100% tariff on Chinese imports from November 1 if no deal is reached.",
			"tariff", "1312", "USAGOV", "CHN", "hypothetical", "2025-11-01", "", false},
		// Support voiced is support given, by whoever voices it.
		{"Niger and Burkina Faso, also run by military governments, voiced support for Mali.",
			"support", "050", "NER", "MLI", "asserted", "", "", false},
		// Repression is aimed at the people it is used on, however the
		// parse hangs them.
		{"Kenyan police fired tear gas and water cannon at thousands of protesters in Nairobi.",
			"fired", "175", "KENCOP", "KEN", "asserted", "", "Nairobi", false},
		// Force used on what a country or body owns is aimed at it.
		{"Azerbaijan's defence ministry accused Armenian forces of firing on its positions.",
			"firing", "190", "ARMMIL", "AZEGOV", "asserted", "", "", false},
		// An active verb joined to a passive shares its subject, not the
		// passive's agent (and the appeal is for a release, 0253).
		{"The State Department said it was deeply troubled by the arrest and urged the authorities to release all political detainees.",
			"urged", "0253", "USAGOV", "", "asserted", "", "", false},
		// What bombers are used to do, the bombers do, not who destroys
		// them.
		{"Ukraine struck four Russian airbases with drones, destroying dozens of bombers used to attack Ukrainian cities, a source told Reuters.",
			"attack", "190", "", "UKR", "asserted", "", "", false},
		// Rockets fired by the dozen are fired at whom the rockets are.
		{"Hezbollah fired dozens of rockets at northern Israel.",
			"fired", "195", "LBNREB", "ISR", "asserted", "", "", false},
		// So is a string of agreements revoked.
		{"Niger's junta revoked a string of military cooperation agreements with France.",
			"revoked", "160", "NERGOV", "FRA", "asserted", "", "", false},
		{"Donald Trump called Wednesday for Supreme Court Justice Ruth Bader Ginsburg to resign.",
			"resign", "0831", "JUD", "", "hypothetical", "2025-06-18", "", false},
		// Force against a thing is aimed at whoever its name compound
		// says owns it.
		{"U.S. Central Command said its forces had destroyed two Houthi missile launchers.",
			"destroyed", "171", "USAMIL", "YEMREB", "asserted", "", "", false},
		// Coordinated sides, one a group by its name's noun, talk to
		// each other.
		{"Colombia and ELN rebels resume peace talks in Caracas",
			"talks", "046", "COL", "COLREB", "asserted", "", "Caracas", false},
		// Talks a headline's host is to host are the hyphened sides',
		// still to come.
		{"Saudi Arabia to host Russia-Ukraine prisoner talks, sources say",
			"talks", "036", "RUS", "UKR", "intended", "", "", false},
		// A visit is its visitor's, named before it (a place there is
		// where it was).
		{"U.S. envoy Richard Grenell flew to Caracas. Venezuela releases detained Americans after Grenell visit",
			"visit", "042", "USAGOV", "", "asserted", "", "", false},
		// So with a title: the envoy's, not the sentence subject's.
		{"Venezuela releases six Americans after Trump envoy visit",
			"visit", "042", "", "", "asserted", "", "", false},
		// Where an attack was is not who made it.
		{"A bombing in Kabul killed five people.",
			"killed", "180", "", "", "asserted", "", "", false},
		// Unless an "of" phrase names the owner, the name a place.
		{"Azerbaijani police raided the Baku office of Russia's Sputnik news agency on Monday.",
			"raided", "171", "AZECOP", "RUSMED", "asserted", "2025-06-16", "", false},
		// "both" alone stands for the pair named before (see package actor).
		{"The U.S. and the EU rejected the result on Tuesday. Maduro accused both of meddling and ordered the expulsion of diplomats.",
			"accused", "112", "VENGOV", "USA", "asserted", "", "", false},
		// Expressing solidarity with someone endorses them.
		{"The European Union and NATO both expressed solidarity with Poland.",
			"expressed", "051", "IGO", "POL", "asserted", "", "", false},
		// A country's citizen is the country, not its government.
		{"Washington said Russia freed a U.S. dancer on Thursday.",
			"freed", "084", "RUS", "USA", "asserted", "2025-06-19", "", false},
		// Tariffs are trade sanctions; dropping them eases them.
		{"In March, the Commerce Department announced a new 266% tariff on Chinese steel.",
			"tariff", "163", "USAGOV", "CHN", "asserted", "2025-03", "", false}, // dated to the month
		{"The U.S. dropped tariffs on Chinese imports.",
			"dropped", "085", "USA", "CHN", "asserted", "", "", false},
		{"The EU imposed sanctions on Russia.",
			"sanctions", "163", "IGO", "RUS", "asserted", "", "", false},
		{"Armenia initialed a peace agreement with Azerbaijan at the White House on Friday.",
			"initialed", "057", "ARM", "AZE", "asserted", "2025-06-20", "", false},
		{"Islamabad summoned India's deputy envoy the same evening.",
			"summoned", "040", "PAKGOV", "INDGOV", "asserted", "", "", false},
		// A bomb set off by hand is CAMEO's 183, a suicide attack 1831.
		{"Islamic State claimed responsibility for a suicide attack on Iraqi soldiers.",
			"attack", "1831", "IMG", "IRQMIL", "asserted", "", "", false},
		{"Pakistan's military denied the charge on Tuesday.",
			"denied", "016", "PAKMIL", "", "asserted", "2025-06-17", "", false},
		{"Iran has not engaged in any direct communication with the United States.",
			"engaged", "040", "IRN", "USA", "asserted", "", "", true},
		{"Trump expressed readiness to travel to Turkey.",
			"travel", "036", "USAGOV", "TUR", "intended", "", "", false},
		// A warning of nothing the speaker will do, at no one, is a
		// pessimistic comment; one of the speaker's own act a threat.
		{"The World Health Organization warned that hospitals in the capital were running out of supplies.",
			"warned", "012", "IGO", "", "asserted", "", "", false},
		{"Army chief General Abdel Fattah al-Burhan warned that it would respond to any violation.",
			"warned", "130", "SDNMIL", "", "asserted", "", "", false},
		// Nor are the sides of another's act it tells of its targets;
		// but a warning of what happens unless another acts threatens.
		{"Kyiv has repeatedly warned that Russia is planning attacks on European infrastructure.",
			"warned", "012", "UKRGOV", "", "asserted", "", "", false},
		{"Kyiv warned that Russia is planning attacks on European infrastructure.",
			"attacks", "138", "RUS", "EUR", "intended", "", "", false},
		{"The Saudis warned they could sell off American assets if Congress passed the bill.",
			"warned", "130", "SAU", "USA", "asserted", "", "", false},
		{"Iranian officials warned that Tehran would respond to any further pressure.",
			"warned", "130", "IRNGOV", "", "asserted", "", "", false},
		{"Iranian officials warned that Tehran could withdraw from the treaty if sanctions are restored.",
			"warned", "130", "IRNGOV", "", "asserted", "", "", false},
		// Agreeing to a ceasefire intends to de-escalate.
		{"India and Pakistan agreed on Saturday to an immediate ceasefire.",
			"ceasefire", "0356", "IND", "", "intended", "2025-06-14", "", false},
		{"Saudi Arabia restored ties with Iran.",
			"restored", "050", "SAU", "IRN", "asserted", "", "", false},
		{"Iran hanged two protesters on Monday.",
			"hanged", "180", "IRN", "", "asserted", "2025-06-16", "", false},
		// Considering sanctions intends them.
		{"The Trump administration is considering new sanctions on Venezuela.",
			"sanctions", "1312", "USAGOV", "VEN", "intended", "", "", false},
		// A reported future is an intent, also in a second conjunct.
		{"France's foreign ministry said it regretted the move and would consult its European partners on a response.",
			"consult", "036", "FRAGOV", "EUR", "intended", "", "", false},
		// Force against a thing is aimed at whoever holds it.
		{"Israel's military said it struck ports and a power station held by Yemen's Houthis overnight.",
			"struck", "190", "ISRMIL", "YEMREB", "asserted", "", "", false},
		// A country's name before a title is the titled one's country,
		// with the title's sector.
		{"Serbian police arrested a Kosovo police officer on Saturday near the border.",
			"arrested", "173", "SRBCOP", "XKXCOP", "asserted", "2025-06-14", "", false},
		// Destroying relations reduces them; no property is damaged.
		{"Russia's foreign ministry accused Warsaw of destroying bilateral relations.",
			"destroying", "160", "POLGOV", "", "asserted", "", "", false},
		// A participle's noun is the one accused of what its gerund names.
		{"Iran has arrested hundreds of people accused of collaborating with Israel.",
			"collaborating", "060", "", "ISR", "asserted", "", "", false},
		// A call made by someone, with no one it is with or to, appeals.
		{"The PKK announced its dissolution in May after a call by its jailed leader Abdullah Ocalan.",
			"call", "020", "GOV", "", "asserted", "2025-05", "", false},
		// What one is kept from doing something for is the kept one's aim,
		// not done.
		{"The Taliban had promised to stop militants from using Afghan soil to attack Pakistan.",
			"attack", "190", "", "PAK", "hypothetical", "", "", false},
		// An act taken against is aimed at who did it.
		{"Lula vowed to retaliate against 50% tariffs imposed by Washington.",
			"retaliate", "1312", "", "USAGOV", "intended", "", "", false},
		{"Israeli warplanes struck the Houthi-controlled port of Ras Isa in Yemen on Sunday.",
			"struck", "190", "ISR", "YEMREB", "asserted", "2025-06-15", "Yemen", false},
		{"Kim Yo Jong warned that Pyongyang would take countermeasures.",
			"warned", "130", "PRKGOV", "", "asserted", "", "", false},
		{"Israeli Defence Minister Israel Katz warned the Houthis would \"pay a heavy price\" for their attacks.",
			"warned", "130", "ISRGOV", "", "asserted", "", "", false},
		// Each side of a clash or talks between two acts on the other.
		{"Clashes between Israel and Hezbollah continued.",
			"Clashes", "190", "ISR", "LBNREB", "asserted", "", "", false},
		{"The war between Sudan's military and the paramilitary Rapid Support Forces began in April 2023.",
			"war", "190", "SDNMIL", "SDNREB", "asserted", "2023-04", "", false},
		// A document does what its author says in it.
		{"Russia vetoed a U.N. Security Council resolution that demanded an immediate ceasefire in Sudan.",
			"demanded", "1056", "IGO", "SDN", "asserted", "", "Sudan", false},
		// The last of two prepositions marks the phrase.
		{"Chinese President Xi Jinping will travel on to Kazakhstan on Friday.",
			"travel", "036", "CHNGOV", "KAZ", "intended", "2025-06-20", "", false},
		// Closing another country's mission reduces relations with its
		// government, whose body the mission is.
		{"Poland ordered the closure of Russia's last consulate.",
			"closure", "161", "POL", "RUSGOV", "asserted", "", "", false},
		{"Poland closed the Russian consulate in Gdansk.",
			"closed", "161", "POL", "RUSGOV", "asserted", "", "Gdansk", false},
		// Vowing a response threatens.
		{"Russia's foreign ministry accused Kyiv of terrorist attacks and vowed a response.",
			"vowed", "130", "RUSGOV", "", "asserted", "", "", false},
		// Martial law imposed (1724) and lifted (0814).
		{"The Thai army imposed martial law on Tuesday.",
			"law", "1724", "THAMIL", "", "asserted", "2025-06-17", "", false},
		{"Thailand's government lifted martial law on Wednesday.",
			"lifted", "0814", "THAGOV", "THA", "asserted", "2025-06-18", "", false},
		// Voicing concern is a pessimistic comment, also when the tagger
		// took the verb for an adjective.
		{"Japan and Australia also voiced concern over the incident.",
			"voiced", "012", "JPN", "", "asserted", "", "", false},
		// Ramming a boat the verb after it is aimed at.
		{"A Chinese coast guard ship rammed and fired water cannon at a Philippine supply boat near the shoal.",
			"rammed", "190", "CHNMIL", "", "asserted", "", "", false},
		// What a plot's backer did is done, not planned.
		{"Niger junta says it foiled coup plot backed by France",
			"backed", "051", "FRA", "", "asserted", "", "", false},
		// Raising forces' readiness raises their alert.
		{"Poland said it had raised the readiness of its forces.",
			"raised", "152", "POL", "", "asserted", "", "", false},
		// No state recalls its envoy from itself.
		{"Israel's foreign ministry said it had recalled its own ambassador to Jerusalem in response.",
			"recalled", "161", "ISRGOV", "", "asserted", "", "", false},
		// What no one does is not done.
		{"Neither side made a statement after the meeting.",
			"statement", "010", "", "", "asserted", "", "", true},
		{"None of the militias attacked the base.",
			"attacked", "190", "", "", "asserted", "", "", true},
		// What "in case of" or "in the event of" supposes has not happened.
		{"NATO troops will respond in the event of a Russian attack on Estonia.",
			"attack", "190", "RUS", "EST", "hypothetical", "", "", false},
		{"The pact commits each to come to the other's aid in case of an attack on Pakistan.",
			"attack", "190", "", "PAK", "hypothetical", "", "", false},
		{"Japan conveyed its serious concern to Beijing through diplomatic channels.",
			"conveyed", "012", "JPN", "CHNGOV", "asserted", "", "", false},
		// A promised act is coded as the intent (03) or threat (13) of
		// it, and is intended, not done; on a condition, hypothetical.
		{"Finland will give Tanzania a grant of 580 million shillings.",
			"give", "033", "FIN", "TZA", "intended", "", "", false},
		{"Palestinian leaders said they would boycott all official contact with Israel.",
			"boycott", "1312", "PSEGOV", "", "intended", "", "", false},
		{"Iran will attack Israel if it strikes again.",
			"attack", "138", "IRN", "ISR", "hypothetical", "", "", false},
		{"Iran tried to attack Israel.",
			"attack", "190", "IRN", "ISR", "intended", "", "", false},
		// A threat of sanctions or force is coded by what it threatens,
		// and the threatening itself is no second event.
		{"Russia threatened to impose sanctions on Georgia.",
			"sanctions", "1312", "RUS", "GEO", "hypothetical", "", "", false},
		{"The bloc threatened to use military force against the junta.",
			"use", "138", "", "", "hypothetical", "", "", false},
		{"ECOWAS threatens force against Niger.",
			"threatens", "138", "IGO", "NER", "asserted", "", "", false},
		{"Iran today threatened to launch a new military offensive in its war with Iraq unless Baghdad accepted its conditions.",
			"offensive", "138", "IRN", "IRQGOV", "hypothetical", "2025-06-20", "", false},
		// Stopping aid is CAMEO's 162, and no aid is given.
		{"The United States suspended some foreign aid programmes in Niger.",
			"suspended", "162", "USA", "NER", "asserted", "", "Niger", false},
		// Ordering diplomats to leave expels them.
		{"Niger's military junta ordered the French ambassador to leave the country within 48 hours.",
			"ordered", "166", "NERGOV", "FRAGOV", "asserted", "", "", false},
		// So does giving them a time to leave.
		{"Mali's military government on Monday gave France's ambassador 72 hours to leave the country.",
			"gave", "166", "MLIGOV", "FRAGOV", "asserted", "2025-06-16", "", false},
		{"Russia told two Estonian diplomats to leave.",
			"told", "166", "RUS", "ESTGOV", "asserted", "", "", false},
		// So does ordering another state's troops to leave; a state's
		// own troops it only orders back.
		{"Niger orders U.S. troops to leave.",
			"orders", "166", "NER", "USAMIL", "asserted", "", "", false},
		{"Syria ordered its troops to leave Aleppo.",
			"ordered", "100", "SYR", "", "asserted", "", "", false},
		// Whom one writes to is the statement's target.
		{"Egypt's foreign minister wrote to his Israeli counterpart that the crossing would stay open.",
			"wrote", "010", "EGYGOV", "ISRGOV", "asserted", "", "", false},
		// Troops sent to a side protect it (074); sent to no side they
		// are deployed (150).
		{"Kenya sent 400 police officers to Haiti on Tuesday.",
			"sent", "074", "KEN", "HTI", "asserted", "2025-06-17", "", false},
		{"Mexico sends troops to border after Trump tariff threat",
			"sends", "150", "MEX", "", "asserted", "", "", false},
		// Taking people hostage abducts them.
		{"Yemen's Houthi rebels seized a cargo ship and took its 25 crew members hostage.",
			"took", "181", "YEMREB", "", "asserted", "", "", false},
		// A coup, as CAMEO's dictionary codes it.
		{"Soldiers overthrew President Mohamed Bazoum.",
			"overthrew", "180", "", "GOV", "asserted", "", "", false},
		// Courts convict (173) and sentence (172), as CAMEO's dictionary
		// codes them; who pleads guilty appeals to no one; one sentenced
		// after pleading did not sentence.
		{"BRASILIA, Sept 11, 2025 (AP) — Brazil's Supreme Court on Thursday convicted former President Jair Bolsonaro of plotting a coup.",
			"convicted", "173", "BRAJUD", "BRAELI", "asserted", "2025-06-19", "", false}, // a former president: CAMEO's elite
		{"A court in Moscow sentenced the Russian journalist to seven years.",
			"sentenced", "172", "RUSJUD", "RUSMED", "asserted", "", "", false},
		// Supporters of a leader are his country's people, not he.
		{"Thousands of Trump supporters protested in Atlanta on Sunday.",
			"protested", "140", "USA", "USAGOV", "asserted", "2025-06-15", "Atlanta", false},
		// His family are of his side, and not he (see TestSides).
		{"Hillary Clinton, whose husband signed the trade agreement, has criticized it.",
			"signed", "057", "USA", "", "asserted", "", "", false},
		{"Francois Bayrou announced his resignation on Monday.",
			"resignation", "0831", "", "", "asserted", "2025-06-16", "", false},
		// What an invitation asks for is not done.
		{"The junta said the ambassador had ignored an invitation to meet the foreign minister.",
			"meet", "040", "", "", "hypothetical", "", "", false},
		// A relative pronoun stands for the actor or group its clause
		// describes.
		{"Syrian rebels who attacked Turkish troops retreated.",
			"attacked", "190", "SYRREB", "TURMIL", "asserted", "", "", false},
		{"Turkish President Recep Tayyip Erdogan, who met Iranian President Masoud Pezeshkian in Istanbul, said the talks went well.",
			"met", "040", "TURGOV", "IRNGOV", "asserted", "", "Istanbul", false},
		// A statement of what another must do is a demand on it.
		{"Russia said on Tuesday that Sudan must return the helicopter.",
			"said", "100", "RUS", "SDN", "asserted", "2025-06-17", "", false},
		// What another must keep doing is asked of it.
		{"French President Emmanuel Macron said Europe must keep up pressure on Moscow.",
			"said", "100", "FRAGOV", "", "asserted", "", "", false},
		// What another must have is owed to it, no demand on it.
		{"European leaders said in a joint statement that Ukraine must have ironclad security guarantees.",
			"said", "010", "EURGOV", "", "asserted", "", "", false},
		{"Russia said on Tuesday that Sudan must return the helicopter.",
			"return", "084", "SDN", "", "hypothetical", "2025-06-17", "", false},
		// A purpose, and talks one sends others to, share the intent.
		{"Trump expressed readiness to travel to Turkey to meet Iranian President Masoud Pezeshkian.",
			"meet", "036", "USAGOV", "IRNGOV", "intended", "", "", false},
		{"Trump said he was willing to send Vance to the talks.",
			"talks", "036", "USAGOV", "", "intended", "", "", false},
		// What is on the calendar is intended, not done.
		// A conjunct with a tense of its own does not share a "not".
		{"The commission president said the bloc would not recognize the military authorities and threatened targeted sanctions against them.",
			"threatened", "1312", "", "", "asserted", "", "", false},
		// A place of several words is named whole.
		{"Gunmen killed 27 villagers in Burkina Faso on Wednesday.",
			"killed", "180", "", "BFA", "asserted", "2025-06-18", "Burkina Faso", false},
		{"The launch came as U.S. Secretary of State Marco Rubio was due to meet his South Korean counterpart Cho Hyun.",
			"meet", "036", "USAGOV", "KORGOV", "intended", "", "", false},
		{"President Trump is set to meet President Xi in Seoul.",
			"meet", "036", "USAGOV", "CHNGOV", "intended", "", "Seoul", false},
		// A noun event has the mode and the sides its light verb has; a
		// headline coordinates names with a comma.
		{"Trump, Erdogan made covert attempts to hold talks with Iran: Axios",
			"talks", "046", "USAGOV", "IRN", "intended", "", "", false}, // Trump first, then Erdogan
		{"The Turkish president suggested hosting talks in Istanbul.",
			"hosting", "036", "TURGOV", "", "intended", "", "Istanbul", false},
		// ... or the light verb of a relative clause on it.
		{"Officials discussed the war that Israel is waging on Iran.",
			"war", "190", "ISR", "IRN", "asserted", "", "", false},
		// One politician attacking another criticizes; a country attacks.
		{"Jeb Bush also attacked Donald Trump on Saturday.",
			"attacked", "111", "USA", "USAGOV", "asserted", "2025-06-14", "", false},
		// A country's offer passed on by others is the country's, to
		// whom it is passed.
		{"Turkey relayed the US offer to Iran on Monday.",
			"offer", "030", "USA", "IRN", "asserted", "2025-06-16", "", false},
		// Unwillingness and "not prepared to" negate the intent; a
		// passive's subject does the infinitive it governs.
		{"He emphasized that Iran is unwilling to hold talks with the United States.",
			"talks", "046", "IRN", "USA", "intended", "", "", true},
		{"Iran is not prepared to hold talks with the United States.",
			"talks", "046", "IRN", "USA", "intended", "", "", true},
		// One accused of something is charged, not charging.
		{"Two Iranian agents accused of plotting the attack were arrested in Germany. Russian officers accused of deporting children face sanctions.",
			"accused", "112", "", "RUSMIL", "asserted", "", "", false},
		// Whom one presses or urges to act does the act, whatever the
		// parse made of the infinitive.
		{"The United States is pressing Kyiv and Moscow to agree to a peace plan.",
			"agree", "030", "UKRGOV", "", "hypothetical", "", "", false},
		// A group or a quantity is the side its members are.
		{"Dozens of Israeli settlers attacked the village.",
			"attacked", "190", "ISR", "", "asserted", "", "", false},
		// A passive joined to another clause has no doer but its agent.
		{"Demonstrators threw stones at the police, and at least 38 people were detained.",
			"detained", "173", "", "", "asserted", "", "", false},
		// What is done "without" is not done.
		{"Israeli troops entered the town without firing on residents.",
			"firing", "190", "ISRMIL", "", "asserted", "", "", true},
		// Failing to win another's approval is a failed appeal to them.
		{"The Iranian delegation was unable to secure approval from Ayatollah Ali Khamenei.",
			"secure", "020", "IRNGOV", "IRNGOV", "failed", "", "", false},
		// "it is willing to", parsed as extraposition.
		{"Syria says it is willing to withdraw its troops from Lebanon.",
			"withdraw", "0356", "SYR", "LBN", "intended", "", "", false},
		// A passive without an agent: the subject is the target.
		{"Three Iraqi civilians have been killed in a car bombing.",
			"killed", "180", "", "IRQ", "asserted", "", "", false},
		// Expelling diplomats reduces relations (166), unlike deporting (174).
		{"Switzerland expelled two Russian diplomats for spying.",
			"expelled", "166", "CHE", "RUSGOV", "asserted", "", "", false},
		// What is promised unless the other side acts is a threat.
		{"Nigeria announced that it will withdraw its force from Chad unless the rebels agree to a ceasefire.",
			"withdraw", "130", "NGA", "TCD", "hypothetical", "", "", false},
		// The target named inside an object that stands for an event.
		{"Arafat rejected a US offer to host a summit.",
			"rejected", "120", "PSE", "USA", "asserted", "", "", false},
		{"Berlin rejected recent calls by Belarus's rulers for economic aid.",
			"rejected", "120", "DEUGOV", "BLR", "asserted", "", "", false},
		// A protest with no other side is aimed at the government where it
		// happens; the place may sit inside the phrase.
		{"Palestinian prisoners rioted at a jail in northern Israel.",
			"rioted", "145", "PSE", "ISRGOV", "asserted", "", "Israel", false},
		// "<clause>, witnesses said" with the clause's verb taken for a
		// participle and its subject for a second subject of "said".
		{"Israeli tanks fired four shells at targets in Jericho, witnesses said.",
			"fired", "190", "ISR", "PSE", "asserted", "", "Jericho", false},
		// The actor's own troops are no other side.
		// "the Iran-backed group" is the Houthis, whom Iran backs.
		{"The Houthis detained U.N. staff. The Iran-backed group has fired missiles at Israel.", "backed", "051", "IRN", "YEMREB", "asserted", "", "", false},
		{"The Houthis detained U.N. staff. The Iran-backed group has fired missiles at Israel.", "fired", "195", "YEMREB", "ISR", "asserted", "", "Israel", false},
		// "hundreds of strikes" counts strikes as "dozens of" does; who
		// posts statements makes them.
		{"Israel has carried out hundreds of air strikes in Syria.", "strikes", "190", "ISR", "SYR", "asserted", "", "Syria", false},
		{"Trump posted a series of statements on Truth Social.", "statements", "010", "USAGOV", "", "asserted", "", "", false},
		// Telling someone what is so is a statement to them.
		{"Trump told Erdogan that the talks would go ahead.", "told", "010", "USAGOV", "TURGOV", "asserted", "", "", false},
		{"ECOWAS suspended Mali.", "suspended", "160", "IGO", "MLI", "asserted", "", "", false},
		{"Mali was suspended from the African Union.", "suspended", "160", "", "MLI", "asserted", "", "", false},
		{"Syria is willing to withdraw its troops.",
			"withdraw", "0356", "SYR", "", "intended", "", "", false},
		{"Greek unions began a general strike on Monday.",
			"strike", "143", "GRC", "GRCGOV", "asserted", "2025-06-16", "", false},
		// A promise is coded by what is promised.
		{"Ethnic Albanians have sworn to fight for the villages.",
			"fight", "138", "ALB", "", "intended", "", "", false},
		{"Sudan agreed to allow humanitarian access to Darfur.",
			"allow", "0355", "SDN", "SDN", "intended", "", "", false},
		// "allow" eases restrictions; letting in from abroad is 086.
		{"The court allowed Ouattara to run in the elections.",
			"allowed", "081", "", "", "asserted", "", "", false},
		{"The Mozambique government accepted demands from the rebels.",
			"accepted", "083", "MOZGOV", "MOZ", "asserted", "", "", false},
		// With no other side, the country where it happens; not for
		// meetings, where those who meet meet each other.
		{"Pakistan has refused to deploy peacekeepers in Iraq.",
			"deploy", "150", "PAK", "IRQ", "failed", "", "Iraq", false},
		{"Iran and Turkey met in Geneva.",
			"met", "040", "IRN", "TUR", "asserted", "", "Geneva", false},
		// Targets in the complement's object, on coordinated objects, in
		// a part of a country.
		{"The Azerbaijani parliament threatened on Monday to break relations with Russia.",
			"break", "1313", "AZELEG", "RUS", "hypothetical", "2025-06-16", "", false},
		{"The United States is providing aerial photographs and other military intelligence to Macedonia.",
			"providing", "070", "USA", "MKD", "asserted", "", "", false},
		{"Israel today mounted its invasion of South Lebanon.",
			"invasion", "192", "ISR", "LBN", "asserted", "2025-06-20", "", false},
		{"Young Algerians blocked roads leading to the city centre on Sunday.",
			"blocked", "144", "DZA", "DZAGOV", "asserted", "2025-06-15", "", false},
		// The owner of an event noun's object is its target.
		{"Hamas will boycott Algeria's elections.",
			"boycott", "1312", "PSEREB", "DZA", "intended", "", "", false},
		// A pronoun no actor stands for is the reporter of its clause.
		{"Radical French farmers said on Friday they would blockade Paris.",
			"blockade", "1381", "FRA", "FRAGOV", "intended", "2025-06-20", "", false},
		// A command whose infinitive the parse hangs after the object.
		{"An Argentine judge has ordered former president Carlos Menem to appear for questioning.",
			"ordered", "100", "ARGJUD", "ARGELI", "asserted", "", "", false}, // a judge known by role only: the former office holder is of the judge's country, of the elite (as the PLOVER record codes him)
		{"A Saudi businessman is suing the United States.",
			"suing", "115", "SAU", "USA", "asserted", "", "", false},
		{"Serbia lodged an official protest with Albania today.",
			"lodged", "114", "SRB", "ALB", "asserted", "2025-06-20", "", false},
		// A noun event that is a compound: its verb's subject, its head's target.
		{"Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.",
			"mediation", "045", "QATGOV", "ARE", "asserted", "", "", false},
		{"Palestinian riots against Israeli military policies continued.",
			"riots", "145", "PSE", "ISRMIL", "asserted", "", "", false},
		// Not ending a war negates no war.
		{"Netanyahu said Israel would not end the war.",
			"war", "190", "ISR", "", "asserted", "", "", false},
		// Tear gas fired at a crowd is repression, aimed at the
		// country's people where no one else is named.
		{"Kenyan police fired tear gas at protesters in Nairobi.",
			"fired", "175", "KENCOP", "KEN", "asserted", "", "Nairobi", false},
		// A main verb the tagger took for a modifier of its object.
		{"Israeli helicopters and tanks shelled positions of the Palestinian security forces near the town of Rafah.",
			"shelled", "194", "ISR", "PSEMIL", "asserted", "", "", false},
		{"The Sudan Doctors Network blamed the RSF for the shelling of the market.",
			"shelling", "194", "SDNREB", "", "asserted", "", "", false},
		{"Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.",
			"wounded", "180", "IRL", "GBRMIL", "asserted", "2025-06-19", "", false},
		// The verb coordinated with the noun phrase the parse made the root.
		{"A top U.S. official today praised Haiti's efforts to improve its record on human rights.",
			"praised", "051", "USAGOV", "HTI", "asserted", "2025-06-20", "", false},
		// An infinitive of purpose shares its verb's subject.
		{"Uzbekistan opened the bridge to allow the delivery of grain to Afghanistan.",
			"allow", "086", "UZB", "AFG", "asserted", "", "", false},
		{"Israel allowed 50 trucks into Gaza.",
			"allowed", "086", "ISR", "", "asserted", "", "", false},
		{"Georgia suspended talks with the European Union.",
			"suspended", "164", "GEO", "IGO", "asserted", "", "", false},
		// An order that someone be jailed or freed is the jailing or the
		// freeing, by whoever orders it.
		{"A Turkish court ordered Istanbul Mayor Ekrem Imamoglu to be jailed pending trial.",
			"ordered", "173", "TURJUD", "TURGOV", "asserted", "", "", false},
		// A possessive no actor stands for is the reporter too.
		{"Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the town.",
			"withdrawal", "087", "BIH", "", "asserted", "2025-06-17", "", false},
		// A name the tagger took for a common noun is still an actor.
		{"Poland's parliament has demanded an immediate admission by Moscow that Soviet forces murdered Polish officers.",
			"demanded", "100", "POLLEG", "RUSGOV", "asserted", "", "", false},
		// A concession's uncoded side is domestic.
		{"The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to participate in the elections.",
			"allow", "081", "CIVJUD", "CIV", "asserted", "", "", false},
		// Whom a threat is aimed at: who must meet its condition.
		{"Russia has threatened to stop negotiations if the United States goes ahead with the deployment.",
			"threatened", "130", "RUS", "USA", "asserted", "", "", false},
		{"Britain mobilized army reservists for a possible war against Iraq on Tuesday.",
			"mobilized", "150", "GBR", "IRQ", "asserted", "2025-06-17", "", false},
		// A nationality that is part of an international body's name.
		{"Greece demanded that its European Community partners refuse to recognize Macedonia.",
			"demanded", "100", "GRC", "IGO", "asserted", "", "", false},
		{"The ruling Georgian Dream party dismissed the measures as blackmail.",
			"dismissed", "120", "GEOPTY", "", "asserted", "", "", false},
		{"Russia has threatened to stop negotiations to reduce nuclear weapons if the United States goes ahead with the deployment.",
			"threatened", "130", "RUS", "USA", "asserted", "", "", false},
		// A protest is aimed at whom its purpose clause makes demands of.
		{"Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Ahmed Ben Bella.",
			"strike", "142", "", "DZAGOV", "asserted", "", "", false},
		// The place of the act a refusal or intent is about.
		{"Pakistan has refused to deploy peacekeepers in Iraq.",
			"refused", "120", "PAK", "IRQ", "asserted", "", "Iraq", false},
		// Acting at home is aimed at no one there.
		{"The Turkish president suggested hosting talks in Istanbul.",
			"suggested", "030", "TURGOV", "", "asserted", "", "Istanbul", false},
		// An office holder no country is named for holds it in the
		// country of the group or body that acts on them.
		{"Opposition groups in Zimbabwe are demanding that President Banda abandon his policy of land confiscations.",
			"demanding", "100", "ZWEOPP", "ZWEGOV", "asserted", "", "", false},
		// "neighboring" parsed as a clause that the preposition opens.
		{"Syria says it is willing to withdraw its troops from neighboring Lebanon.",
			"withdraw", "0356", "SYR", "LBN", "intended", "", "", false},
		// Police force with no other side named is aimed at home.
		{"Egyptian police opened fire to disperse demonstrators on Monday night.",
			"opened", "190", "EGYCOP", "EGY", "asserted", "2025-06-16", "", false},
		{"A group of Chechen refugees are continuing a hunger strike in protest of the Russian government's refusal to accept their demands.",
			"strike", "142", "", "RUSGOV", "asserted", "", "", false},
		{"The United States suspended part of a military aid program for Bosnia.",
			"suspended", "160", "USA", "BIH", "asserted", "", "", false},
		// A passive subject is searched as an object is.
		{"A temporary camp for Congolese refugees was attacked by Burundian militiamen armed with machetes.",
			"attacked", "190", "BDI", "COD", "asserted", "", "", false},
		// An oblique without a preposition is a misread object.
		{"Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar.",
			"kidnapped", "181", "AFGREB", "RUS", "asserted", "", "", false},
		{"Italy announced a suspension of air links with Serbia on Wednesday.",
			"suspension", "160", "ITA", "SRB", "asserted", "2025-06-18", "", false},
		// Lifting a state of emergency is an easing of restrictions (0814), not of sanctions (085).
		{"Sudan's government on Sunday lifted a state of emergency in West Darfur State.",
			"lifted", "0814", "SDNGOV", "SDN", "asserted", "2025-06-15", "West Darfur State", false},
		// Multi-word entries win over their words' own.
		{"Israeli soldiers beat up Palestinian detainees.",
			"beat", "182", "ISRMIL", "PSE", "asserted", "", "", false},
		{"Algerian landowners began a hunger strike outside parliament.",
			"strike", "142", "DZA", "DZAGOV", "asserted", "", "", false},
		// A demand is made of the subject of the clause saying what is wanted.
		{"China demanded that Japan stop the survey.",
			"demanded", "100", "CHN", "JPN", "asserted", "", "", false},
		// A finite verb the tagger took for a participle, hung on its subject.
		{"Israeli army bulldozers demolished Palestinian homes in southern Gaza.",
			"demolished", "171", "ISRMIL", "PSE", "asserted", "", "Gaza", false},
		{"Israeli attacks on Iranian territory continued.",
			"attacks", "190", "ISR", "IRN", "asserted", "", "", false},
		{"Iran refused the American request.",
			"refused", "120", "IRN", "USA", "asserted", "", "", false},
		{"Turkish Foreign Minister Hakan Fidan relayed the US offer to President Pezeshkian and Iranian Foreign Minister Abbas Araghchi.",
			"relayed", "040", "TURGOV", "IRNGOV", "asserted", "", "", false},
		// What hits is a weapon or an armed side.
		{"Ukrainian drones hit an oil refinery in Russia's Samara region.",
			"hit", "190", "UKR", "RUS", "asserted", "", "Samara", false},
		{"Russian troops targeted Ukrainian positions near Bakhmut.",
			"targeted", "190", "RUSMIL", "UKR", "asserted", "", "", false},
		// Being prepared to use force is a threat of it; the force is
		// no side.
		{"One of them said Trump was prepared to use military force against Iran if diplomacy failed.",
			"use", "138", "USAGOV", "IRN", "intended", "", "", false},
		// Scrambling jets shows military power.
		{"Poland scrambled fighter jets as a precaution, its military said.",
			"scrambled", "150", "POL", "", "asserted", "", "", false},
		// Carrying a message to someone is consulting them, as relaying
		// an offer is.
		{"Oman's foreign minister delivered a message from the Trump administration to Iranian officials.",
			"delivered", "040", "OMNGOV", "IRNGOV", "asserted", "", "", false},
		// Speaking with someone is consulting them; by phone, by telephone.
		{"U.S. Secretary of State Marco Rubio spoke with Israeli Prime Minister Benjamin Netanyahu by phone on Monday.",
			"spoke", "041", "USAGOV", "ISRGOV", "asserted", "2025-06-16", "", false},
		{"Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo.",
			"spoke", "040", "GOV", "KORGOV", "asserted", "", "", false},
		// Suspending sanctions eases them.
		{"The EU suspended sanctions on Syria.", "suspended", "085", "IGO", "SYR", "asserted", "", "", false},
		// An arrest warrant orders an arrest of whom it is for.
		{"A court in Dakar issued an arrest warrant for opposition leader Ousmane Sonko.", "arrest", "173", "SENJUD", "SENOPP", "intended", "", "", false},
		// Talks one tries to arrange are only intended.
		{"The African Union was trying to arrange talks between Ethiopia and Eritrea.", "talks", "046", "ETH", "ERI", "intended", "", "", false},
		// Those who failed at something did what describes them.
		{"Foreign ministers meeting in Brussels failed to reach the unanimity needed.", "meeting", "040", "", "", "asserted", "", "Brussels", false},
		// What a blocked proposal proposes is not done, and is its
		// proposer's.
		{"Hungary blocked a European Union proposal to impose sanctions on violent Israeli settlers.",
			"sanctions", "163", "IGO", "ISR", "failed", "", "", false},
		// A deadline given to act is a demand.
		{"Israel gave Hamas until Sunday to respond.", "gave", "100", "ISR", "PSEREB", "asserted", "", "", false},
		// A chargé d'affaires summoned; a blockade imposed on a city.
		{"Russia's Foreign Ministry summoned Poland's charge d'affaires on Wednesday.",
			"summoned", "040", "RUSGOV", "POLGOV", "asserted", "2025-06-18", "", false},
		{"Israel imposed a siege on Gaza.", "siege", "191", "ISR", "PSE", "asserted", "", "", false},
		// What one has yet to do is not done.
		{"Israel says Hamas has yet to return the remains of all deceased hostages.",
			"return", "084", "PSEREB", "", "asserted", "", "", true},
		// A pardon releases the one pardoned.
		{"President Donald Trump has pardoned former Honduran President Juan Orlando Hernandez, who was serving a 45-year sentence in a U.S. prison for drug trafficking, the White House said on Tuesday.",
			"pardoned", "0841", "USAGOV", "HNDELI", "asserted", "2025-06-17", "", false},
		// A noun after a closing report that sums up what was reported
		// is done by who did it, not by the speakers.
		{"An Israeli air strike on Beirut's southern suburbs on Sunday killed a senior Hezbollah commander, two security sources told Reuters, the first attack on the Lebanese capital in months.",
			"attack", "190", "ISR", "LBN", "asserted", "2025-06-15", "", false},
		// Arms sold to a country are military aid; sold to no one
		// named, trade.
		{"Trump said he would sell F-35 fighter jets to Saudi Arabia.",
			"sell", "0332", "USAGOV", "SAU", "intended", "", "", false},
		// A proposal rejected is aimed at whoever put it forward.
		{"Sudan's army chief Abdel Fattah al-Burhan on Sunday rejected a ceasefire proposal put forward by the United States.",
			"rejected", "120", "SDNMIL", "USA", "asserted", "2025-06-15", "", false},
		// Ships blocked restrict movement, aimed at the ships' flag.
		{"Chinese coast guard ships blocked two Philippine vessels near Scarborough Shoal on Tuesday.",
			"blocked", "191", "CHNMIL", "PHL", "asserted", "2025-06-17", "", false},
		// An appeal is made to whom it asks to act, not to what they
		// are asked to act on.
		{"The U.S. State Department urged its citizens to leave Mali immediately.",
			"urged", "020", "USAGOV", "", "asserted", "", "", false},
		// The sides of fighting that rages hang on the verb.
		{"Heavy fighting erupted between the Congolese army and M23 rebels.",
			"fighting", "190", "CODMIL", "CODREB", "asserted", "", "", false},
		// An embassy official summoned; a conjunct shares the reported
		// future of the verb it is joined to.
		{"The Philippine foreign ministry said it would file a diplomatic protest and summon a Chinese embassy official.",
			"summon", "036", "PHLGOV", "CHNGOV", "intended", "", "", false},
		// A headline's resolution demands, not the one who vetoes it.
		{"US vetoes UN resolution demanding Gaza ceasefire",
			"demanding", "100", "IGO", "PSE", "failed", "", "", false},
		// A response promised in the passive threatens.
		{"Pakistan's Defence Minister Khawaja Asif warned that any further attack would be met with a strong response.",
			"warned", "130", "PAKGOV", "", "asserted", "", "", false},
		// A ship rammed; a bill rammed through is no attack.
		{"A Chinese coast guard ship rammed a Philippine supply boat.",
			"rammed", "190", "CHNMIL", "PHL", "asserted", "", "", false},
		// A state aims at a state, or at its grid.
		{"Moscow denied targeting Poland.",
			"targeting", "190", "RUSGOV", "POL", "denied", "", "", false},
		{"Russia targeted Ukraine's energy grid.",
			"targeted", "190", "RUS", "UKR", "asserted", "", "", false},
		// An ambassador summoned by name, the title before it.
		{"The foreign ministry summoned Russian ambassador Oleg Ozerov and handed him a note, a ministry statement said.",
			"summoned", "040", "", "RUSGOV", "asserted", "", "", false},
		// What one intends to carry out is the event, intended; the
		// intent is no event of its own.
		{"He said his country had credible intelligence that India intended to carry out a military strike within days.",
			"strike", "138", "IND", "", "intended", "", "", false},
		// What a verb strikes with sanctions or force is their target,
		// or whose it is; its owner is not their author.
		{"Washington targeted Russia's oil sector with sanctions on Friday.",
			"sanctions", "163", "USAGOV", "RUS", "asserted", "2025-06-20", "", false},
		{"The United States hit Iran's economy with new sanctions.",
			"sanctions", "163", "USA", "IRN", "asserted", "", "", false},
		// Phoned to do something oneself: a call, and its errand aimed
		// at the one called.
		// Two leaders, each with a title, sign with each other.
		{"Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud signed a declaration.",
			"signed", "057", "ETHGOV", "SOMGOV", "asserted", "", "", false},
		// A resolution acts for who drafted it.
		{"The resolution, drafted by the United States and Panama, also asked Secretary-General Antonio Guterres to present options.",
			"asked", "020", "USA", "IGO", "asserted", "", "", false},
		// Relations restored between two sides are restored with each
		// other.
		{"Iran and Saudi Arabia restored diplomatic relations in 2023.",
			"restored", "050", "IRN", "SAU", "asserted", "2023", "", false},
		// A proposal handed to someone is made to them.
		{"Qatari mediators handed Hamas a new proposal for a 60-day ceasefire in Gaza.",
			"handed", "030", "QATGOV", "PSEREB", "asserted", "", "", false},
		// What a proposal is for is proposed, each of its coordinated
		// terms.
		{"Egyptian mediators presented Hamas with a new proposal for a 60-day ceasefire in Gaza and the release of half of the hostages.",
			"release", "084", "EGYGOV", "", "hypothetical", "", "", false},
		// So is one someone is presented with.
		{"Qatari mediators presented Hamas with a new proposal for a 60-day ceasefire in Gaza.",
			"presented", "030", "QATGOV", "PSEREB", "asserted", "", "", false},
		{"Israel and Hamas exchange accusations over stalled Gaza truce",
			"exchange", "112", "ISR", "PSEREB", "asserted", "", "", false},
		{"Macron called Netanyahu and Salam to urge restraint, his office said.",
			"called", "041", "FRAGOV", "ISRGOV", "asserted", "", "", false},
		{"Macron called Netanyahu to urge restraint, his office said.",
			"urge", "020", "FRAGOV", "ISRGOV", "asserted", "", "", false},
		{"Trump called Congress to act.",
			"called", "020", "USAGOV", "USALEG", "asserted", "", "", false},
		// Who fights alongside a country's forces on its soil fights no
		// one the words name.
		{"North Korea confirmed that it had sent troops to fight alongside Russian forces in the Kursk region.",
			"fight", "190", "PRK", "", "asserted", "", "Kursk", false},
		// What an "if" clause's "had not" negates happened.
		{"Tom Fletcher said the famine could have been prevented if Israel had not blocked food deliveries.",
			"blocked", "191", "ISR", "", "asserted", "", "", false},
		// Denying a deed that is no event denies responsibility.
		{"The Kremlin denied interfering in the election.",
			"denied", "016", "RUSGOV", "", "asserted", "", "", false},
		// An attack one claims is one's own.
		{"The Houthis claimed a missile attack on Israel.",
			"attack", "190", "YEMREB", "ISR", "asserted", "", "", false},
		// A conjunct clause with a subject of its own keeps its own
		// polarity.
		{"Israel's military said the drone had not been intercepted and that it was investigating.",
			"investigating", "090", "ISRMIL", "", "asserted", "", "", false},
		// Rejecting a charge denies it, also in a relative clause on it.
		{"Guyanese President Irfaan Ali rejected the accusation.",
			"rejected", "016", "GUYGOV", "", "asserted", "", "", false},
		{"India accused Pakistan of violating the truce, a charge Islamabad rejected.",
			"rejected", "016", "PAKGOV", "", "asserted", "", "", false},
		// A state's protest is a complaint to another; its people's is
		// dissent at home.
		{"The Philippines protested to China over the incident.",
			"protested", "114", "PHL", "CHN", "asserted", "", "", false},
		{"Thousands of Georgians protested in Tbilisi.",
			"protested", "140", "GEO", "GEOGOV", "asserted", "", "Tbilisi", false},
		// Blocking a statement a body would issue vetoes it.
		{"Hungary blocked a joint European Union statement on Thursday.",
			"blocked", "129", "HUN", "IGO", "asserted", "2025-06-19", "", false},
		// What a ship did in a clause "after" opens is the ship's.
		{"The Philippines lodged a diplomatic protest with China on Tuesday after a Chinese coast guard ship rammed and fired a water cannon at a Philippine supply boat.",
			"fired", "175", "CHNMIL", "PHL", "asserted", "2025-06-17", "", false},
		// A veto given up yields to those it blocked, not at home.
		{"EU countries approved the package after Slovakia lifted its veto.",
			"lifted", "080", "SVK", "", "asserted", "", "", false},
		// A participle that shares a passive's auxiliary is passive too.
		{"About 4,700 North Korean soldiers were killed or wounded in the fighting.",
			"wounded", "180", "", "PRKMIL", "asserted", "", "", false},
		// Two sides who initial an agreement initial it with each other.
		{"The leaders of Armenia and Azerbaijan initialed a peace agreement at the White House on Friday.",
			"initialed", "057", "ARMGOV", "AZEGOV", "asserted", "2025-06-20", "", false},
		// Ending an agreement cuts ties with its other party.
		{"Iran ended a cooperation deal with the International Atomic Energy Agency.",
			"ended", "160", "IRN", "IGO", "asserted", "", "", false},
		// An offer's author is who it is by or from, not who rejects it.
		{"Mexican President Claudia Sheinbaum rejected an offer by U.S. President Donald Trump to send American troops to fight drug cartels in Mexico.",
			"send", "0334", "USAGOV", "", "intended", "", "", false},
		{"North Korea has rejected offers of talks from South Korea.",
			"offers", "030", "KOR", "", "asserted", "", "", false},
		{"North Korea has rejected offers of talks from Seoul and Washington.",
			"offers", "030", "KORGOV", "", "asserted", "", "", false},
		// One's role in a doing is one's own doing.
		{"Pope Leo met Turkish President Tayyip Erdogan in Ankara on Thursday on the first foreign trip of his papacy and praised Turkey's role in mediating between Russia and Ukraine.",
			"mediating", "045", "TUR", "RUS", "asserted", "2025-06-19", "", false},
		// The second of two clauses one condition opens is supposed too.
		{"The ceasefire could collapse unless Israel withdrew its forces and an international stabilisation force was deployed.",
			"deployed", "150", "", "", "hypothetical", "", "", false},
		// Extradition is judicial cooperation with the state that gets
		// the suspect; nationalising a firm's mine seizes its property.
		{"Mexico has extradited dozens of cartel members to the United States this year.",
			"extradited", "063", "MEX", "USA", "asserted", "", "", false},
		{"Niger's military government nationalised a uranium mine operated by the French nuclear company Orano.",
			"nationalised", "171", "NERGOV", "FRA", "asserted", "", "", false},
		// A past tense joined to a passive, with no object, is passive
		// too: its subject is deported, deports no one.
		{"A Kenyan activist was arrested in Nairobi and deported to Uganda.",
			"deported", "174", "", "KEN", "asserted", "", "", false},
		// What a pact is signed to do its signers do, not the pact; it
		// is the pact's aim, intended.
		{"Japan and Australia sign pact to share military intelligence",
			"share", "0314", "JPN", "", "intended", "", "", false},
		// Representations lodged with a government are a protest.
		{"Beijing has made solemn representations to Tokyo.",
			"made", "114", "CHNGOV", "JPNGOV", "asserted", "", "", false},
		// The second verb of a condition is its condition's: Israel's
		// withdrawal is hypothetical, not the group's.
		{"Hamas official Bassem Naim said the group was ready to release all the hostages if Israel ended the war and withdrew its forces from Gaza.",
			"withdrew", "087", "ISR", "PSE", "hypothetical", "", "", false},
		// A proposal accepted, as CAMEO's own dictionary codes it; one
		// refused is not accepted.
		{"The RSF said it had accepted the truce proposal.",
			"accepted", "032", "SDNREB", "", "asserted", "", "", false},
		{"Burhan refused to accept the U.S. proposal.",
			"accept", "032", "SDNMIL", "USA", "failed", "", "", false},
		// Force one will not accept is another's, and goes on.
		{"Syria would not accept the occupation of its land.",
			"occupation", "192", "", "SYR", "asserted", "", "", false},
		// A coup staged is unconventional violence, one plotted a threat
		// of it.
		{"Soldiers in Guinea-Bissau staged a coup against President Umaro Sissoco Embalo.",
			"staged", "180", "GNBMIL", "GNBGOV", "asserted", "", "", false},
		{"The generals were accused of plotting a coup.",
			"plotting", "1383", "", "", "asserted", "", "", false},
		// Talks that failed to do something were held.
		{"Orban vetoed the package after talks with German Chancellor Friedrich Merz failed to persuade him.",
			"talks", "046", "", "DEUGOV", "asserted", "", "", false},
		// What a pact allows is not yet done; what a state allowed was.
		{"Japan and the Philippines signed a pact that allows each country to deploy troops on the other's territory.",
			"deploy", "150", "", "", "hypothetical", "", "", false},
		// A retaliation of its own is a blow.
		{"Pakistan retaliated with strikes on Afghan posts.",
			"retaliated", "190", "PAK", "", "asserted", "", "", false},
		// A reported "would" on a light verb promises the noun's event.
		{"Israel said it would hold talks with Hamas.",
			"talks", "036", "ISR", "PSEREB", "intended", "", "", false},
		// The owner the parse hangs on a compound before the head.
		{"The European Union's foreign policy chief said the talks had failed.",
			"said", "010", "IGO", "", "asserted", "", "", false},
		// A phone call is no appeal, whatever "for" phrase hangs on it.
		{"The Kremlin said Vladimir Putin had apologised to Aliyev in a phone call on Saturday for what he called a tragic incident.",
			"call", "041", "RUSGOV", "", "asserted", "2025-06-14", "", false},
		// Asylum granted is CAMEO's own code, not aid.
		{"Mexico granted asylum to the former vice president.",
			"granted", "075", "MEX", "", "asserted", "", "", false},
		// A bare verb coordinated with a verb of "will" shares it.
		{"Iran will release the sailors and return the ship.",
			"return", "0353", "IRN", "", "intended", "", "", false},
		// A name that condemns, quoted as the object's apposition.
		{"Lammy called the veto \"a disgrace\" and said Moscow had shown its true colours.",
			"called", "111", "GBRGOV", "", "asserted", "", "", false},
		{"Lammy called the decision a mistake.",
			"called", "111", "GBRGOV", "", "asserted", "", "", false},
		// A name whose first word the parse takes for its head ("de"):
		// the person its flat part names.
		{"New York Mayor Bill de Blasio spoke on Monday. Asked about the attacks, de Blasio said the city was safe.",
			"said", "010", "USAGOV", "", "asserted", "", "", false},
		// A state's mission is the state's government, wherever it sits.
		{"Israel's mission in Geneva rejected the vote as biased.",
			"rejected", "120", "ISRGOV", "", "asserted", "", "", false},
		// A leader's office is the leader's, whatever nationality opens
		// the leader's name.
		{"Israeli Prime Minister Benjamin Netanyahu's office rejected the proposal.",
			"rejected", "120", "ISRGOV", "", "asserted", "", "", false},
		// Drones are fired at a side; no idlers are dismissed.
		{"Russia fired 430 drones and 19 missiles at Ukraine overnight.",
			"fired", "195", "RUS", "UKR", "asserted", "", "Ukraine", false},
		// Spoken to by phone: the one called is the target.
		{"Venezuelan President Nicolas Maduro spoke to U.S. President Donald Trump by phone on Saturday.",
			"spoke", "041", "VENGOV", "USAGOV", "asserted", "2025-06-14", "", false},
		{"Turkish President Recep Tayyip Erdogan talked to Russian President Vladimir Putin by phone.",
			"talked", "041", "TURGOV", "RUSGOV", "asserted", "", "", false},
		// Aid cuts stop aid; the country named before what it gives is
		// their author.
		{"South African President Cyril Ramaphosa met President Donald Trump on Wednesday, seeking to repair relations strained by U.S. aid cuts.",
			"cuts", "162", "USA", "", "asserted", "2025-06-18", "", false},
		{"Kurds were angered by a U.S. troop withdrawal from Syria.",
			"withdrawal", "087", "USA", "SYR", "asserted", "", "", false},
		// A deed blamed on someone is theirs; so is the blame's target.
		{"Iraq blamed the attack on Turkish forces.",
			"attack", "190", "TURMIL", "", "asserted", "", "", false},
		{"Iraq protested a strike, which Baghdad blamed on Turkish forces.",
			"blamed", "112", "IRQGOV", "TURMIL", "asserted", "", "", false},
		// A verb takes the object of the verb conjoined after it, which
		// names its event: threatening force.
		{"The presidents of Venezuela and Guyana agreed not to threaten or use force against each other.",
			"threaten", "138", "VENGOV", "", "intended", "", "", true},
		// A body's name compounded with the noun of what it is names the
		// body.
		{"Russia expelled a British diplomat, the FSB security service said on Thursday.",
			"said", "010", "RUSGOV", "", "asserted", "2025-06-19", "", false},
		// The two countries' forces are each country's.
		{"Pakistan and Afghanistan have long disputed the border. Overnight clashes between the two countries' forces killed 23 soldiers.",
			"clashes", "190", "PAKMIL", "AFG", "asserted", "", "", false},
		// "be opposed to" says what its subject opposes.
		{`South African President Cyril Ramaphosa met Trump. "We are completely opposed to that," Ramaphosa told him.`,
			"opposed", "120", "ZAFGOV", "", "asserted", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.evidence, func(t *testing.T) {
			d := coded(t, tc.text, friday)
			e := find(d, tc.evidence)
			if e == nil {
				t.Fatalf("no event on %q in %q: %+v", tc.evidence, tc.text, d.Events)
			}
			if e.CAMEO != tc.cameo || e.Source.Code != tc.source || e.Target.Code != tc.target || e.Mode != tc.mode ||
				e.Date != tc.date || e.Location.Text != tc.place || e.Negated != tc.negated {
				t.Errorf("got %s %s->%s mode %s date %q place %q negated %v; want %s %s->%s %s %q %q %v",
					e.CAMEO, e.Source.Code, e.Target.Code, e.Mode, e.Date, e.Location.Text, e.Negated,
					tc.cameo, tc.source, tc.target, tc.mode, tc.date, tc.place, tc.negated)
			}
			if e.Root != tc.cameo[:2] || e.PLOVER == "" || e.Label == "" {
				t.Errorf("incomplete code fields: %+v", e)
			}
		})
	}
}

func TestEventsUnderAttribution(t *testing.T) {
	d := coded(t, "Araghchi stated that Iran has not engaged in any direct communication with the United States.", time.Time{})
	e := find(d, "engaged")
	if e == nil || e.Attribution == "" {
		t.Fatalf("event not linked to Araghchi's statement: %+v", d.Events)
	}
	// A charge denied is the accuser's, not reported by the denier; what
	// it charges is reported by the accuser.
	d = coded(t, "Ukraine accused Russia of shelling the plant, a charge Moscow denies.", time.Time{})
	cues := map[string]string{}
	for _, a := range d.Attributions {
		cues[a.ID] = d.Text[a.Cue.Start:a.Cue.End]
	}
	if e := find(d, "accused"); e == nil || e.Attribution != "" {
		t.Errorf("accused: %+v, want reported under no attribution (cues %v)", e, cues)
	}
	if e := find(d, "shelling"); e == nil || cues[e.Attribution] != "accused" {
		t.Errorf("shelling: %+v, want reported under the accusation (cues %v)", e, cues)
	}
	// A statement relayed inside another: the innermost, whose speaker
	// made it, and which says who relayed it.
	d = coded(t, "The officials said Fidan had met Araghchi in Istanbul on Tuesday, Axios reported.", time.Time{})
	cues = map[string]string{}
	for _, a := range d.Attributions {
		cues[a.ID] = d.Text[a.Cue.Start:a.Cue.End]
	}
	if e := find(d, "met"); e == nil || cues[e.Attribution] != "said" {
		t.Errorf("met: %+v, want reported under the officials' statement (cues %v)", e, cues)
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"verb\tparley\t999\n", `mine.tsv line 1: unknown CAMEO code "999"`},
		{"adverb\tsoon\t010\n", `mine.tsv line 1: kind "adverb"`},
		{"# ok\nverb\n", "mine.tsv line 2: want kind"},
		{"only\tcut\n", "mine.tsv line 1: want only, verb, the lemmas of its objects"},
	} {
		_, err := event.New(nil, map[string]io.Reader{"mine.tsv": strings.NewReader(tc.in)})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want %q", err, tc.want)
		}
	}
}

// TestCodeTable checks that every CAMEO code has its codebook entry,
// including codes parley's own triggers never use but other dictionaries
// do (PETRARCH's 154, 1712), with the Goldstein table's own score rather
// than its root's.
func TestCodeTable(t *testing.T) {
	lex, err := event.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		code, plover, mode, contexts string
		quad                         int
		goldstein                    float64
	}{
		{"016", "OTHER", "", "", 1, -2.0},
		{"0233", "REQUEST", "assist", "human_security", 1, 3.4},
		{"035", "AGREE", "", "", 1, 7.0},
		{"0874", "RETREAT", "disarm", "military", 2, 10.0},
		{"1124", "ACCUSE", "allege", "military legal", 3, -2.0},
		{"1213", "REJECT", "assist", "legal", 3, -4.0},
		{"154", "MOBILIZE", "troops", "military", 4, -7.2},
		{"171", "COERCE", "seize", "human_security", 4, -9.2},
		{"1712", "ASSAULT", "seize", "human_security", 4, -9.2},
		{"2042", "ASSAULT", "unconventional", "cbrn", 4, -10.0},
	} {
		c, ok := lex.Lookup(tc.code)
		if !ok {
			t.Errorf("%s: not in codes.tsv", tc.code)
			continue
		}
		if c.Label == "" || c.PLOVER != tc.plover || c.PLOVERMode != tc.mode || c.Quad != tc.quad || c.Goldstein != tc.goldstein ||
			strings.Join(c.PLOVERContexts, " ") != tc.contexts {
			t.Errorf("%s = %+v, want %s %q %q quad %d Goldstein %.1f", tc.code, c, tc.plover, tc.mode, tc.contexts, tc.quad, tc.goldstein)
		}
	}
	for root := 1; root <= 20; root++ {
		code := fmt.Sprintf("%02d0", root)
		if _, ok := lex.Lookup(code); !ok {
			t.Errorf("root %02d: %s not in codes.tsv", root, code)
		}
	}
}

// TestSeedEvents checks the events the issue names for the seed article.
func TestSeedEvents(t *testing.T) {
	data, err := os.ReadFile("../../../shared/seed/000_bb7310f83aa69dfe.txt")
	if err != nil {
		t.Skipf("shared data absent (%v); the seed article lives in ../shared", err)
	}
	d := coded(t, string(data), time.Time{})
	has := func(pred func(e document.Event) bool) bool {
		for _, e := range d.Events {
			if pred(e) {
				return true
			}
		}
		return false
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "TURGOV" && (e.Root == "03" || e.Root == "04") && e.Date == "2025-06-16"
	}) {
		t.Error("no Turkish intent to meet or consult dated 2025-06-16")
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "TURGOV" && e.Target.Code == "IRNGOV" && (e.Root == "03" || e.Root == "04")
	}) {
		t.Error("no Turkey relaying the offer to Iran")
	}
	if !has(func(e document.Event) bool { return strings.HasPrefix(e.Source.Code, "IRN") && e.Root == "12" }) {
		t.Error("no Iranian refusal (\"we refused\", Araghchi said)")
	}
	if !has(func(e document.Event) bool { return e.Source.Code == "USA" && e.Root == "02" }) {
		t.Error("no US request for negotiations through mediators")
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "USAGOV" && e.Root == "10" && strings.HasPrefix(e.Target.Code, "IRN")
	}) {
		t.Error("no demand by Trump on Iran (\"Iran should have signed the 'deal' I told them to sign\")")
	}
	if !has(func(e document.Event) bool { return e.Source.Code == "ISR" && (e.Root == "18" || e.Root == "19") }) {
		t.Error("no Israeli attacks")
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "ISR" && strings.HasPrefix(e.Target.Code, "IRN") && e.Root == "19" && d.Text[e.Evidence.Start:e.Evidence.End] == "war"
	}) {
		t.Error("no war waged by Israel on Iran (\"the escalating war the Israeli occupation is waging on Iran\")")
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "USA" && e.Target.Code == "IRNGOV" && e.Root == "03"
	}) {
		t.Error("no US offer to Iran (\"relayed the US offer to President Pezeshkian\")")
	}
	if !has(func(e document.Event) bool {
		return e.Source.Code == "IRNGOV" && e.Target.Code == "IRNGOV" && e.Root == "02" && e.Mode == "failed"
	}) {
		t.Error("no failed appeal of the Iranian delegation to Khamenei (\"unable to secure approval\")")
	}
	if !has(func(e document.Event) bool {
		return strings.HasPrefix(e.Source.Code, "IRN") && e.Target.Code == "USA" && e.Root == "04" && e.Negated && e.Attribution != ""
	}) {
		t.Error("Araghchi's \"has not engaged in any direct communication\" is not a negated, attributed consult")
	}
}

func BenchmarkCode(b *testing.B) {
	d := coded(b, strings.Repeat("Turkish President Recep Tayyip Erdogan met Iranian President Masoud Pezeshkian in Istanbul on Monday. Iran has not engaged in any direct communication with the United States. Israeli attacks on Iranian territory continued.\n\n", 10), time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC))
	lex, _ := event.Default()
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		lex.Code(d)
	}
}

// TestHomeVisit: arriving in one's own capital is no visit between
// countries; arriving in another's is.
func TestHomeVisit(t *testing.T) {
	day := time.Date(2025, 7, 9, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]bool{
		"Omani Foreign Minister Badr Albusaidi arrived in Muscat on Wednesday.": false,
		"Omani Foreign Minister Badr Albusaidi arrived in Tehran on Wednesday.": true,
	} {
		d := coded(t, text, day)
		if got := find(d, "arrived") != nil; got != want {
			t.Errorf("%q: visit coded %v, want %v (events %+v)", text, got, want, d.Events)
		}
	}
}

// TestAnswers: who accepts or rejects a demand or offer did not make it,
// and a promise is not coded twice.
func TestAnswers(t *testing.T) {
	d := coded(t, "The Mozambique government accepted demands from the rebels. Sudan agreed to allow humanitarian access.", time.Time{})
	for _, e := range d.Events {
		ev := d.Text[e.Evidence.Start:e.Evidence.End]
		if ev == "demands" && e.Source.Code == "MOZGOV" {
			t.Errorf("the demands are coded as the government's: %+v", e)
		}
		if ev == "agreed" {
			t.Errorf("the promise is coded on its verb too: %+v", e)
		}
	}
}

// TestCoordinatedNationalities: "Hungarian and Romanian officials" are
// two sources, "mediators from Qatar, Egypt and the United States" three,
// "the leaders of France, Germany, Britain and Poland" four governments,
// "governments, including Brazil and Argentina" two; what one presents,
// a proposal, is one's own.
// TestPoliceTargets: police one clashes with are a side, of the country
// their city is in.
func TestPoliceTargets(t *testing.T) {
	d := coded(t, "Protesters clashed with police in Tbilisi.", time.Time{})
	if e := find(d, "clashed"); e == nil || e.Target.Code != "GEOCOP" {
		t.Errorf("clashed: %+v, want the target GEOCOP", d.Events)
	}
}

func TestCoordinatedNationalities(t *testing.T) {
	d := coded(t, "U.S. and Russian negotiators met in Geneva this week.", time.Time{})
	var codes []string
	for _, src := range sourcesOf(d, "met") {
		codes = append(codes, src.Code)
	}
	if strings.Join(codes, " ") != "USAGOV RUSGOV" {
		t.Errorf("sources of met: %q, want USAGOV RUSGOV", codes)
	}
	for _, src := range sourcesOf(d, "met") {
		if src.Text != "U.S. and Russian negotiators" {
			t.Errorf("side %s reads %q, want the whole phrase", src.Code, src.Text)
		}
	}
	d = coded(t, "Iran today threatened to launch a new military offensive.", time.Time{})
	if e := find(d, "offensive"); e == nil || e.Source.Code != "IRN" || e.CAMEO != "138" {
		t.Errorf("Iran today threatened: %+v", d.Events)
	}
	for _, tc := range []struct{ text, evidence, codes string }{
		{"Mediators from Qatar, Egypt and the United States presented a revised proposal to both sides.", "presented", "QATGOV EGYGOV USAGOV"},
		{"The leaders of France, Germany, Britain and Poland had urged Russian President Vladimir Putin on Monday to agree to the ceasefire or face tougher sanctions.",
			"urged", "FRAGOV DEUGOV GBRGOV POLGOV"},
		{"Iran has restricted cooperation with the agency since Israeli and U.S. strikes on its nuclear sites.", "strikes", "ISR USA"},
		{"Egyptian and Qatari mediators said the talks would resume.", "said", "EGYGOV QATGOV"},
		{"Neighbouring governments, including Brazil and Argentina, condemned the attempt.", "condemned", "BRAGOV ARGGOV"},
		// The mediators an appeal names in apposition are each asked,
		// and each is to do what they are asked to.
		{"Hamas spokesman Hazem Qassem said Israel was trying to sabotage the deal and called on the mediators, Egypt and Qatar, to pressure Netanyahu to honour it.",
			"pressure", "EGY QAT"},
	} {
		if got := sourceCodes(coded(t, tc.text, time.Time{}), tc.evidence); got != tc.codes {
			t.Errorf("sources of %s: %q, want %q", tc.evidence, got, tc.codes)
		}
	}
}

// TestDoneWithout: the noun a light verb done "without" takes, and what
// that noun is on, did not happen.
func TestDoneWithout(t *testing.T) {
	d := coded(t, "Trump and Putin ended their summit without reaching an agreement on a ceasefire.", time.Time{})
	for _, w := range []string{"agreement", "ceasefire"} {
		if e := find(d, w); e == nil || !e.Negated {
			t.Errorf("%s: %+v, want a negated event", w, e)
		}
	}
	if e := find(d, "summit"); e == nil || e.Negated {
		t.Errorf("summit: %+v, want a summit held", e)
	}
}

// TestHelpersAreNoSides: who is asked to help end a war is no side of
// it, nor who calls for access for aid its giver, and a month is no side
// of anything.
func TestHelpersAreNoSides(t *testing.T) {
	d := coded(t, "Saudi Crown Prince Mohammed bin Salman asked Trump last month to help end the war.", time.Time{})
	if e := find(d, "war"); e != nil && e.Source.Code != "" {
		t.Errorf("war: %+v, want no side", e)
	}
	d = coded(t, "U.N. Secretary-General Antonio Guterres welcomed the reopening plan and called for unimpeded access for humanitarian aid.", time.Time{})
	if e := find(d, "aid"); e != nil && e.Source.Code != "" {
		t.Errorf("aid: %+v, want no side (asked for, not given)", e)
	}
	d = coded(t, "Malaysian Prime Minister Anwar Ibrahim, who brokered the July ceasefire, urged both countries to exercise restraint.", time.Time{})
	if e := find(d, "brokered"); e == nil || e.Target.Text != "" {
		t.Errorf("brokered: %+v, want no target", e)
	}
	// A group a country leads is the country's, with its noun's sector.
	for _, tc := range []struct{ text, evidence, source string }{
		{"The Saudi-led coalition struck Sanaa.", "struck", "SAU"},
		{"The Kenya-led police mission arrived in Haiti on Tuesday.", "arrived", "KENCOP"},
		{"Vietnamese-led forces have retaken a village in Western Cambodia.", "retaken", "VNMMIL"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || e.Source.Code != tc.source {
			t.Errorf("%q: %+v, want the leader's code %s", tc.text, e, tc.source)
		}
	}
	d = coded(t, "German Foreign Minister Annalena Baerbock spoke to reporters. Sharmahd was abducted in Dubai in 2020, her family said.", time.Time{})
	if e := find(d, "said"); e == nil || e.Source.Code != "DEU" {
		t.Errorf("said: %+v, want her family of her country, no office of hers (DEU)", e)
	}
	d = coded(t, "Human rights groups have warned that the Kenyan police have a record of abuses.", time.Time{})
	if e := find(d, "warned"); e == nil || e.Source.Code != "NGO" || e.Source.Text != "Human rights groups" {
		t.Errorf("warned: %+v, want Human rights groups, NGO", e)
	}
	d = coded(t, "Trump said that Hamas would be disarmed, by force if necessary, if the group did not give up its weapons.", time.Time{})
	if e := find(d, "disarmed"); e == nil || e.Source.Text != "" || e.Target.Code != "PSEREB" {
		t.Errorf("disarmed: %+v, want no source (force is no agent) and Hamas", e)
	}
	// Nor is a deadline.
	d = coded(t, "Trump said Hamas would be disarmed by Saturday noon.", time.Time{})
	if e := find(d, "disarmed"); e == nil || e.Source.Text != "" || e.Target.Code != "PSEREB" {
		t.Errorf("disarmed: %+v, want no source (noon is no agent) and Hamas", e)
	}
}

// TestJudgedFor: who is punished, praised or blamed for a deed did it.
func TestJudgedFor(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source string }{
		{"In 2009 the Security Council imposed sanctions on Eritrea, including an arms embargo, for providing weapons to the Shabab.", "providing", "Eritrea"},
		{"Sudan's envoy thanked Qatar for hosting the talks.", "hosting", "Qatar"},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Text != tc.source {
			t.Errorf("%q: %+v, want %q for source", tc.text, e, tc.source)
		}
	}
}

// TestSidesWholeMentions: a side named through its possessor or its "of"
// phrase takes in the possessor's whole mention.
func TestSidesWholeMentions(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source string }{
		{"Prime Minister Benjamin Netanyahu's office condemned the attack.", "condemned", "Prime Minister Benjamin Netanyahu's office"},
		{"The office of Prime Minister Benjamin Netanyahu condemned the attack.", "condemned", "office of Prime Minister Benjamin Netanyahu"},
		{"The United Nations human rights office urged the authorities to release them.", "urged", "United Nations human rights office"},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Text != tc.source {
			t.Errorf("%q: %+v, want %q for source", tc.text, e, tc.source)
		}
	}
}

// TestHurtInRaids: who is hurt or dies in a raid or an attack did not
// carry it out, nor hurt themselves, whether the parse labels the
// passive's subject as one or not.
func TestHurtInRaids(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source, target string }{
		{"Five people were injured in the attack.", "injured", "", "people"},
		{"Two Azerbaijani brothers died during police raids in Yekaterinburg.", "raids", "police", ""},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Text != tc.source || e.Target.Text != tc.target {
			t.Errorf("%q: %+v, want %q -> %q", tc.text, e, tc.source, tc.target)
		}
	}
}

// TestPeopleDoneTo: the people an event is done to at home, named by no
// actor, are its target in words, with the country's code.
func TestPeopleDoneTo(t *testing.T) {
	for _, tc := range []struct{ text, evidence, target, code string }{
		{"Georgian police detained dozens of protesters.", "detained", "dozens of protesters", "GEO"},
		{"Egyptian police arrested two journalists in Cairo.", "arrested", "two journalists in Cairo", "EGY"},
		{"Turkish police detained dozens in Istanbul on Friday.", "detained", "dozens in Istanbul", "TUR"}, // a count of no one named is of people
		{"Malian police arrested two opposition figures.", "arrested", "two opposition figures", "MLI"},    // a figure WordNet files under no person
		// Not what the people did.
		{"Serbian police fired tear gas at thousands of students who marched on parliament.", "fired", "thousands of students", "SRB"},
		// So is an office holder, not the place of the office.
		{"Turkey detains Istanbul mayor", "detains", "Istanbul mayor", "TUR"},
		// What sanctions target is whose.
		{"The bloc was preparing a new package of sanctions targeting Russia's energy revenues.", "sanctions", "Russia", "RUS"},
		// The words joined by a hyphen are one, and a time after the
		// people is not theirs.
		{"Hungarian police detained anti-government protesters after the fall of the mayor.", "detained", "anti-government protesters", "HUN"},
		{"Kenyan police detained dozens of protesters on Tuesday.", "detained", "dozens of protesters", "KEN"}, // nor a day
		// A relative is whom the event is done to, not whose relative.
		{"Niger's military rulers have detained the son of ousted President Mohamed Bazoum.", "detained", "son of ousted President Mohamed Bazoum", "NERGOV"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); e == nil || e.Target.Text != tc.target || e.Target.Code != tc.code {
			t.Errorf("%q: %+v, want the target %q %s", tc.text, e, tc.target, tc.code)
		}
	}
}

// TestPlaceCompounds: a place that names the region or venue of an "in"
// or "at" phrase is where the event happens, and the country it is aimed
// at when no other side is named.
func TestPlaceCompounds(t *testing.T) {
	d := coded(t, "Overnight, Russian drones struck energy infrastructure in the Odesa region, cutting power to thousands of homes.", time.Time{})
	if e := find(d, "struck"); e == nil || e.Location.Text != "Odesa" || e.Target.Code != "UKR" {
		t.Errorf("struck: %+v, want in Odesa, aimed at UKR", e)
	}
}

// TestInquirers: the body whose name is compounded on an inquiry or a
// report made it, not the clause's subject.
func TestInquirers(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source string }{
		{"Officials cited a Reuters investigation that found the drones were Iranian.", "investigation", "MED"},
		{"The lawmakers cited an Associated Press investigation that found the camps were hidden.", "investigation", "MED"},
	} {
		if got := sourceCodes(coded(t, tc.text, time.Time{}), tc.evidence); got != tc.source {
			t.Errorf("%q: sources of %s %q, want %q", tc.text, tc.evidence, got, tc.source)
		}
	}
}

// TestPassiveRelatives: one who "was detained" in a relative clause did
// not detain; one the clause says did it "by" did.
func TestPassiveRelatives(t *testing.T) {
	d := coded(t, "\"We will not give up,\" said Nika Melia, an opposition leader, who was briefly detained last week.", time.Time{})
	for _, src := range sourcesOf(d, "detained") {
		if src.Text != "" {
			t.Errorf("detained by %q, want no one named", src.Text)
		}
	}
	// Nor did one who "had been granted asylum" grant it, whatever the
	// clause's object.
	d = coded(t, "Ecuadorian police forced their way into the Mexican embassy in Quito to arrest a former vice president who had been granted asylum.", time.Time{})
	for _, src := range sourcesOf(d, "granted") {
		if src.Text != "" {
			t.Errorf("granted by %q, want no one named", src.Text)
		}
	}
	d = coded(t, "The compound, which was attacked by Islamic militants, burned.", time.Time{})
	if srcs := sourcesOf(d, "attacked"); len(srcs) == 0 || srcs[0].Text == "" {
		t.Errorf("attacked: sources %+v, want the militants", srcs)
	}
}

// TestStatementTargets: a statement is made to whom it is told, not to
// what its content is about.
func TestStatementTargets(t *testing.T) {
	d := coded(t, "Taiwan's defence ministry said it had detected 71 Chinese military aircraft near the island.", time.Time{})
	if e := find(d, "said"); e == nil || e.Target.Code != "" {
		t.Errorf("said: %+v, want no target", e)
	}
}

// TestAnswerTargets: welcoming or rejecting "the proposal" answers whoever
// made one in the sentences just before; a proposal said to be someone's or
// about something names no one that way.
func TestAnswerTargets(t *testing.T) {
	for _, tc := range []struct{ text, evidence, target string }{
		{"Turkish President Recep Tayyip Erdogan proposed the idea during a phone call on Monday. Trump welcomed the proposal.", "welcomed", "TURGOV"},
		{"Iran offered a prisoner swap. The United States rejected the offer.", "rejected", "IRN"},
		// A condemned attack told of earlier is its attacker's.
		{"North Korea fired a ballistic missile into the sea on Monday. Japan protested. Blinken condemned the launch.", "condemned", "PRK"},
		{"Israel carried out an air strike on Hamas leaders in Doha. Hamas said its leaders survived. Saudi Arabia condemned the strike.", "condemned", "ISR"},
		// So are condemned drills.
		{"China's military launched large-scale drills around Taiwan on Monday. Taiwan's defence ministry condemned the drills as irrational.", "condemned", "CHNMIL"},
		// The attack told by the same word, by a side named by its
		// nationality alone, before another side's of another word.
		{"Israeli jets struck Hezbollah depots on Thursday, hours after the group fired rockets at Israel. Lebanese President Joseph Aoun condemned the strikes.", "condemned", "ISR"},
		{"Turkish President Recep Tayyip Erdogan proposed talks in Istanbul on Monday. Trump welcomed the proposal of Congress.", "welcomed", ""},
	} {
		d := coded(t, tc.text, time.Time{})
		e := find(d, tc.evidence)
		if e == nil {
			t.Errorf("%q: no event on %q in %+v", tc.text, tc.evidence, d.Events)
			continue
		}
		if tc.target != "" && e.Target.Code != tc.target || tc.target == "" && e.Target.Actor != "" && e.Target.Code == "TURGOV" {
			t.Errorf("%q: target %+v, want %q", tc.text, e.Target, tc.target)
		}
	}
}

// TestSideWords: a side points at the words naming its actor, not at the
// parse's head of them, and stops before a relative clause.
func TestSideWords(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source, target string }{
		{"US President Donald Trump threatened Iran on Friday.", "threatened", "US President Donald Trump", "Iran"},
		{"Turkish President Recep Tayyip Erdogan was criticized by a senior White House official who spoke on condition of anonymity.", "criticized",
			"a senior White House official", "Turkish President Recep Tayyip Erdogan"},
		{"Multiple US officials who were briefed on the talks accused Iran of lying.", "accused", "Multiple US officials", ""},
		{"The Obama administration condemned the attack on Israel.", "condemned", "Obama administration", ""},
		// A relative pronoun no actor stands for is the people its noun
		// names.
		{"An Israeli military spokesman said the strike targeted militants who had fired at troops.", "fired", "militants", "troops"},
		// A gerund on a count of people is theirs.
		{"Kenyan police fired tear gas and water cannon on Tuesday at thousands of protesters marching on parliament against a tax increase, witnesses said.",
			"marching", "thousands of protesters", ""},
	} {
		d := coded(t, tc.text, time.Time{})
		e := find(d, tc.evidence)
		if e == nil {
			t.Errorf("%q: no event on %q in %+v", tc.text, tc.evidence, d.Events)
			continue
		}
		if e.Source.Text != tc.source {
			t.Errorf("%q: source %+v, want %q", tc.text, e.Source, tc.source)
		}
		if d.Text[e.Source.Start:e.Source.End] != e.Source.Text {
			t.Errorf("%q: source span %d-%d is not its text %q", tc.text, e.Source.Start, e.Source.End, e.Source.Text)
		}
		if tc.target != "" && e.Target.Text != tc.target {
			t.Errorf("%q: target %+v, want %q", tc.text, e.Target, tc.target)
		}
	}
}

// TestSeizedPlaces: an armed side taking a place occupies territory;
// police taking a suspect arrest, and a candidate taking a state wins.
func TestSeizedPlaces(t *testing.T) {
	for _, tc := range []struct{ text, evidence, cameo string }{
		{"Syrian rebels captured the town of Kafr Nabl on Monday.", "captured", "192"},
		{"Iraqi forces captured Mosul airport.", "captured", "192"},
		{"ISIS seized the city of Palmyra.", "seized", "192"},
		{"Police captured the suspect in Paris.", "captured", "173"},
		{"Ted Cruz has captured Texas and Oklahoma.", "captured", ""},
	} {
		d := coded(t, tc.text, time.Time{})
		e := find(d, tc.evidence)
		switch {
		case e == nil && tc.cameo != "":
			t.Errorf("%q: no event on %q", tc.text, tc.evidence)
		case e != nil && e.CAMEO != tc.cameo:
			t.Errorf("%q: %s %s, want %q", tc.text, e.CAMEO, e.Label, tc.cameo)
		}
	}
}

// TestIndefiniteSources: a pronoun for anyone or no one names no actor,
// and what it does is no event.
func TestIndefiniteSources(t *testing.T) {
	for _, tc := range []struct{ text, evidence string }{
		{"Everyone should immediately evacuate Tehran!", "evacuate"},
		{"Nobody opposed him in the Senate.", "opposed"},
		{"No one objects to the plan.", "objects"},
		{"She occupies a position of power.", "occupies"},
		{"Peru's new government declared a 30-day state of emergency in Lima on Wednesday, allowing the military to patrol the streets alongside police.", "allowing"}, // its own forces
		{"Iran's execution of the plan was flawless.", "execution"}, // done to no one
		{"North Korean leader Kim Jong Un vowed to keep strengthening his country's nuclear forces.", "vowed"},
		{"Protests began a year after a railway station canopy collapse killed 16 people in Novi Sad.", "killed"}, // no one's act
		{"Russia and Ukraine blamed each other for the attack on the nuclear plant.", "attack"},                   // "each other" attacked no one
		{"Washington reaffirmed its commitment to defend the Philippines under a 1951 treaty.", "commitment"},
		{"Kurti called on NATO's peacekeeping force KFOR to increase patrols.", "force"}, // what the body named after it is
		{"No Contracting State shall expel a refugee to the frontiers of territories where his life would be threatened.", "expel"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e != nil {
			t.Errorf("%q: event %s %+v", tc.text, e.CAMEO, e.Source)
		}
	}
}

// TestDatingEvents: an event a clause is dated by is not its subject's
// doing; a meeting is. An event known by its day ("Wednesday's attack")
// has no author in the words around it; an outlet whose name ends in a
// time word has one.
func TestDatingEvents(t *testing.T) {
	friday := time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, evidence, date string }{
		{"Russia attacked Kyiv on March 3.", "attacked", "2025-03-03"},
		{"Syria signed a deal with Iraq on Dec. 28.", "signed", "2024-12-28"}, // the last December
		{"Qatar will host talks on June 25.", "host", "2025-06-25"},
		{"Last month Washington imposed tariffs on China.", "tariffs", "2025-05"},
		{"Iran and Iraq signed a deal last year.", "signed", "2024"},
		{"Egypt hosted talks in January.", "hosted", "2025-01"},
		{"Egypt hosted talks in January 2023.", "hosted", "2023-01"},
		{"Ali rebuked Trump in December.", "rebuked", "2024-12"},    // the last December, not the next
		{"Iran and Iraq will meet in December.", "meet", "2025-12"}, // what is to come
		// The tense of the verb a month's phrase is on decides, not a "will"
		// elsewhere in the sentence.
		{"Israel, which bombed Iranian nuclear facilities in December, has warned it will strike again.", "bombed", "2024-12"},
		{"\"We'll all release them at the same time,\" she told ABC News in December.", "told", "2024-12"},
		{"Iran rejected the deal in the last year of the talks.", "rejected", ""}, // a span, not a year
		// A month a sentence names besides its day dates its own clause.
		{"Pakistan and Afghanistan agreed on Sunday to extend a fragile ceasefire and to meet again in Istanbul next month.", "meet", "2025-07"},
		{"Pakistan and Afghanistan agreed on Sunday to extend a fragile ceasefire and to meet again in Istanbul next month.", "agreed", "2025-06-15"},
		{"In an interview today, Obama said he had spoken with Putin in January.", "spoken", "2025-01"},
		// What came days before or after the dated event is not of its day.
		{"China imposed export restrictions on Tuesday, days after the European Union raised tariffs on Chinese electric vehicles.", "tariffs", ""},
		{"China imposed export restrictions on Tuesday, days after the European Union raised tariffs on Chinese electric vehicles.", "restrictions", "2025-06-17"},
		// Nor what came before an act to come: not of the next Monday.
		{"Germany ordered two Russian diplomats to leave the country on Monday after prosecutors charged a German man with spying.", "charged", ""},
		// What must or should be done is to come.
		{"Sanders said the party must support Clinton in January.", "support", "2026-01"},
		// A count of days from a dated event dates the other.
		{"The EU imposed sanctions on Madagascar on Tuesday, a day after soldiers seized power.", "seized", "2025-06-16"},
		{"Israel struck Gaza on Tuesday, two days before Egypt and Qatar met.", "met", "2025-06-19"},
		// A year in an "in" phrase dates its clause, or the noun it is on.
		{"Washington pulled out of the accord in 2018.", "pulled", "2018"},
		{"Mr. Obama and Mr. Netanyahu first met in 2007.", "met", "2007"},
		{"The American invasion of Iraq in 2003 was pure rollback.", "invasion", "2003"},
		{"Trump's visit to Mexico reminds me of Reagan's trip to Geneva in 1985.", "visit", ""},
		// So does a month's possessive ("March's strikes").
		{"Iran said March's Israeli strikes killed 1,000 people.", "killed", "2025-03"},
		{"Iran said March's Israeli strikes killed 1,000 people.", "said", ""},
		// A date in a clause about what is to come dates that clause
		// only, and a weekday there is the next one.
		{"Khawaja Asif said the two sides would meet again in Istanbul on June 25 to discuss the details.", "meet", "2025-06-25"},
		{"Khawaja Asif said the two sides would meet again in Istanbul on June 25 to discuss the details.", "said", ""},
		{"Anwar said the two countries had agreed to let their military commanders meet on Tuesday.", "meet", "2025-06-24"},
		{"Anwar said the two countries had agreed to let their military commanders meet on Tuesday.", "agreed", ""},
		{"Anwar said on Tuesday the two countries had agreed to a truce.", "truce", "2025-06-17"}, // coded on what was agreed
		// A relative clause's month is its own.
		{"Lee, who met Ishiba in June, said he hoped to build closer relations with Japan.", "said", ""},
		{"Lee, who met Ishiba in June, said he hoped to build closer relations with Japan.", "met", "2025-06"},
		// So is one named relative to the article's, and a month to come
		// dates only what is to come.
		{"Hun Manet urged Thailand to honour the agreement, which the two leaders signed in Kuala Lumpur last month.", "urged", ""},
		{"Hun Manet urged Thailand to honour the agreement, which the two leaders signed in Kuala Lumpur last month.", "signed", "2025-05"},
		{"Qatar's foreign ministry said Iran and the United States would meet in Doha later this month.", "said", ""},
		{"Qatar's foreign ministry said Iran and the United States would meet in Doha later this month.", "meet", "2025-06"},
	} {
		if e := find(coded(t, tc.text, friday), tc.evidence); e == nil || e.Date != tc.date {
			t.Errorf("%q: %+v, want date %s", tc.text, e, tc.date)
		}
	}
	for _, text := range []string{"Volker Turk condemned Wednesday's attack.", "Last week's talks in Doha failed.", "Inspectors returned to sites damaged in June's strikes."} {
		for _, e := range coded(t, text, time.Time{}).Events {
			if e.CAMEO != "111" && e.Source.Text != "" {
				t.Errorf("%q: %s by %q, want no source", text, e.CAMEO, e.Source.Text)
			}
		}
	}
	d := coded(t, "After the Paris attacks, Trump released a new radio ad.", time.Time{})
	if e := find(d, "attacks"); e != nil && e.Source.Actor != "" {
		t.Errorf("attacks by %+v", e.Source)
	}
	for _, text := range []string{
		"The Qatari foreign ministry said on Sunday, following a week of deadly border clashes.",
		"Cruz has risen in the polls amid attacks from Senator Marco Rubio.",
	} {
		for _, e := range coded(t, text, time.Time{}).Events {
			if e.Root == "19" && e.Source.Text != "" {
				t.Errorf("%q: %s by %q, want no source", text, e.CAMEO, e.Source.Text)
			}
		}
	}
	d = coded(t, "The Israeli military said it had struck Hezbollah weapons depots, and accused the militant group of trying to rebuild its military infrastructure in violation of the truce.", time.Time{})
	if e := find(d, "truce"); e != nil && e.Source.Actor != "" {
		t.Errorf("truce by %+v", e.Source)
	}
	d = coded(t, "A day before the talks, Ukraine launched drone attacks on air bases deep inside Russia.", time.Time{})
	if e := find(d, "talks"); e != nil && e.Source.Actor != "" {
		t.Errorf("talks by %+v", e.Source)
	}
	d = coded(t, "North Korea fired two ballistic missiles into the sea hours before the meeting.", time.Time{})
	if e := find(d, "meeting"); e != nil && e.Source.Actor != "" {
		t.Errorf("meeting by %+v", e.Source)
	}
	d = coded(t, "Clinton made the brief visit after a somber meeting with community leaders.", time.Time{})
	if e := find(d, "meeting"); e == nil || e.Source.Text != "Clinton" {
		t.Errorf("meeting: %+v, want Clinton's", e)
	}
}

// TestWordsOnlyAttacks: a personal or verbal attack is criticism (111).
func TestWordsOnlyAttacks(t *testing.T) {
	d := coded(t, "Sanders never wanted to cross into the zone of personal attacks on Clinton.", time.Time{})
	if e := find(d, "attacks"); e == nil || e.CAMEO != "111" {
		t.Errorf("personal attacks: %+v, want 111", e)
	}
}

// TestOfficeTargets: judges, justices, prosecutors and lawmakers are
// people an act is aimed at; justice is not.
func TestOfficeTargets(t *testing.T) {
	for _, tc := range []struct{ text, evidence, target string }{
		{"Trump attacked a federal judge whose parents were born in Mexico.", "attacked", "judge"},
		{"Washington revoked the visas of several justices.", "revoked", "justices"},
		{"The senator met GOP lawmakers on Tuesday.", "met", "GOP lawmakers"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || !strings.Contains(e.Target.Text, tc.target) {
			t.Errorf("%q: %+v, want target %q", tc.text, e, tc.target)
		}
	}
}

// TestStoppedAid: aid that is stopped is not given, and a threat is
// no second event beside what it threatens.
func TestStoppedAid(t *testing.T) {
	if e := find(coded(t, "The president refused to call snap elections.", time.Time{}), "call"); e != nil {
		t.Errorf("calling elections: %+v", e)
	}
	for _, text := range []string{"The aide pleaded guilty and was sentenced to two years of probation.", "He pleaded not guilty to the charges."} {
		for _, e := range coded(t, text, time.Time{}).Events {
			t.Errorf("%q: %s %s by %q", text, e.CAMEO, e.Label, e.Source.Text)
		}
	}
	for _, text := range []string{"The United States suspended some foreign aid programmes.", "Washington froze military assistance to Egypt."} {
		d := coded(t, text, time.Time{})
		for _, e := range d.Events {
			if e.Root == "07" {
				t.Errorf("%q: aid given: %+v", text, e)
			}
		}
	}
	d := coded(t, "Russia threatened to impose sanctions on Georgia.", time.Time{})
	if len(d.Events) != 1 {
		t.Errorf("threat of sanctions: %+v, want one event", d.Events)
	}
}

// TestModes: an event its source denies, or a claim of which it
// rejects, is denied, a refusal or a rejected offer is not; what one
// side tells or wants another to do, or is expected to do, is not done
// and no intent of its own, nor is a deal that should have been signed;
// a telephone call to say something is no directive; what one threatens
// to do is not done, nor what one calls for; a war one refuses to end
// goes on.
func TestModes(t *testing.T) {
	for _, tc := range []struct{ text, evidence, mode string }{
		{"Iran denied supplying drones to Russia.", "supplying", "denied"},
		// Talks one said one would return to are promised, on a
		// condition if one is set.
		{"He said Iran would return to negotiations.", "negotiations", "intended"},
		// A planned summit a headline says was shelved failed.
		{"Planned Putin-Trump summit in Budapest shelved, White House says", "summit", "failed"},
		{"He said Iran would only return to negotiations if Washington guaranteed it would not strike again.", "negotiations", "hypothetical"},
		// What others press one to do is wanted, not done.
		{"President Dina Boluarte has faced mounting pressure to resign.", "resign", "hypothetical"},
		{"President Dina Boluarte has faced mounting calls to resign.", "resign", "hypothetical"},
		// A deal's aim is intended, or as open as the deal.
		{"Kurti and Vucic signed a deal to normalise ties.", "normalise", "intended"},
		{"Pakistan denied that it had reached a secret agreement with the Taliban to hand over militants.", "hand", "denied"},
		// What one is committed to doing is intended.
		{"Pablo Beltran said the group was committed to reaching an agreement.", "agreement", "intended"},
		// What one does not rule out doing may be done; what one rules
		// out is not.
		{"Trump has not ruled out using force to take Greenland.", "using", "hypothetical"},
		{"Germany ruled out sending troops to Ukraine.", "sending", "failed"},
		// What one steps back or refrains from is not done.
		{"African Union urges Ethiopia and Eritrea to step back from war", "war", "failed"},
		{"The council urged both sides to refrain from attacks on civilians.", "attacks", "failed"},
		{"Russia did not refrain from attacks on Kyiv.", "attacks", "asserted"},
		// A condition on the verb that carries the event, or governs it.
		{"The E3 will trigger the mechanism if Iran does not resume cooperation with the watchdog.", "cooperation", "hypothetical"},
		{"If we were to start bombing recklessly, that would not help us.", "bombing", "hypothetical"},
		// What a relative clause says of a party that then refuses is done.
		{"Niger's junta, which seized power in a coup, has refused to release Bazoum.", "seized", "asserted"},
		{"Iran denied that it had supplied drones to Russia.", "supplied", "denied"},
		{"Egypt, which backs the army, has denied supplying weapons to either side.", "supplying", "denied"},
		{"Moscow rejected claims that its forces had attacked civilians.", "attacked", "denied"},
		{"Pakistan denies reports of secret deal with Taliban", "deal", "denied"},
		{"Iran rejected the US offer of talks.", "offer", "asserted"},
		{"Trump told Iran to sign the deal.", "sign", "hypothetical"},
		{"Venezuelan President Nicolas Maduro on Monday rejected what he called a U.S. ultimatum to step down.", "step", "hypothetical"},
		{"Pakistan and Afghanistan will meet again in Istanbul on Nov. 6 to agree on how the truce will be monitored.", "agree", "intended"},
		{"Ankara called on Moscow to withdraw its troops from Syria.", "withdraw", "hypothetical"},
		{"The EU condemned the attack and called on Moscow to withdraw its troops.", "withdraw", "hypothetical"},
		{"The State Department said the meeting did not mean Washington recognized Maduro as president.", "recognized", "hypothetical"},
		{"Chinese Vice Premier He Lifeng is due to meet Sefcovic in Brussels next week, the European Commission said.", "meet", "intended"},
		{"Iran should have signed the deal.", "signed", "hypothetical"},
		{"Iran signed the deal.", "signed", "asserted"},
		{"Netanyahu said Israel reserved the right to resume fighting if the negotiations failed.", "fighting", "hypothetical"},
		{"Israel has the right to strike Hezbollah.", "strike", "hypothetical"},
		{"Japan pledged $5 billion in new financial aid to Ukraine.", "aid", "intended"},
		{"Pakistan denied any role in that attack.", "attack", "denied"},
		{"Vucic said Serbia had nothing to do with the attack.", "attack", "denied"},
		{"The Security Council adopted a resolution demanding an immediate ceasefire between Israel and Hezbollah.", "ceasefire", "hypothetical"},
		// What would do something is supposed, unless it is one known.
		{"Egypt warned that an assault on Rafah would threaten its peace treaty with Israel.", "assault", "hypothetical"},
		{"Clinton's attacks on Trump could backfire.", "attacks", "asserted"},
		// Pressing ahead with an offensive is vowed, not done.
		{"Netanyahu vowed to press ahead with an offensive in Rafah.", "offensive", "intended"},
		{"The senator called Erdogan to say he would visit Ankara.", "say", "asserted"},
		{"Trump wants Iran to sign the deal.", "sign", "hypothetical"},
		{"Iran is expected to sign the deal.", "sign", "hypothetical"},
		{"Iran wants to sign the deal.", "sign", "intended"},
		{"Iran did not cancel the talks.", "talks", "asserted"},
		{"Iran cancelled the talks.", "talks", "failed"},
		{"Iran postponed the talks.", "talks", "failed"},
		{"Russia delayed the talks.", "talks", "failed"},
		// What an agreement is on shares its mode.
		{"Israel and Hamas were close to an agreement on the release of the hostages.", "release", "hypothetical"},
		{"Pakistan denied any role in the attack and said any attempt to stop the flow of water would be an act of war.", "attack", "denied"},
		// What one is forced into is done as far as the forcing is.
		{"European leaders urged Washington not to force Kyiv into concessions.", "concessions", "hypothetical"},
		{"Washington forced Kyiv into concessions.", "concessions", "asserted"},
		// Calls refused were made; what they ask is not done.
		{"The junta has refused repeated calls from the African Union and the United Nations to free him.", "calls", "asserted"},
		{"The junta has refused repeated calls from the African Union and the United Nations to free him.", "free", "hypothetical"},
		// What talks cover or one negotiates is not yet done; what one
		// discusses or addresses may be going on.
		{"An Israeli official said the talks would also cover the release of Lebanese prisoners held by Israel.", "release", "hypothetical"},
		{"Trump posted a series of statements, addressing the war on Iran.", "war", "asserted"},
		// What a veto stops is not done, unless the veto is only asked
		// for; nor what a batch of it counts.
		{"Hungary has blocked a new package of European Union sanctions against Russia.", "sanctions", "failed"},
		{"Lawmakers called on the government to block Trump's visit to Israel.", "visit", "hypothetical"},
		{"A judge blocked the law, opposed by Democrats.", "opposed", "asserted"},
		// What one is urged to agree to is not agreed.
		{"Boulos urged both sides to agree to the truce.", "truce", "hypothetical"},
		{"Hamas agreed to a ceasefire.", "ceasefire", "intended"},
		// A release halted is not made; a war stopped was fought.
		{"Thailand halted the release of 18 Cambodian prisoners.", "release", "failed"},
		{"Thailand would halt the release of 18 Cambodian prisoners.", "release", "hypothetical"},
		// A rejected truce does not hold; its proposal was made.
		{"Sudan's army rejected a humanitarian truce proposed by the United States.", "truce", "failed"},
		{"Sudan's army rejected a humanitarian truce proposed by the United States.", "proposed", "asserted"},
		{"European leaders have warned Washington against pressuring Kyiv into concessions.", "pressuring", "hypothetical"},
		{"European leaders have warned Washington against pressuring Kyiv into concessions.", "concessions", "hypothetical"},
		{"Qatar led efforts to reach a ceasefire in Gaza.", "ceasefire", "intended"}, // an attempt, coded as the act
		{"Zelenskiy says Ukraine ready for prisoner swap", "swap", "intended"},
		{"Pershing halted the attacks.", "attacks", "asserted"}, // halted, they had been made
		{"Washington threatened to impose sanctions on the commanders.", "sanctions", "hypothetical"},
		{"Israel refused to end the war.", "war", "asserted"},
		{"Khamenei ordered the commanders to prepare for any attack.", "attack", "hypothetical"},
		{"US weighs new sanctions on Venezuela, sources say", "sanctions", "intended"},
		{"Washington imposed sanctions on the commanders.", "sanctions", "asserted"},
		{"The opposition demanded that Macron resign.", "resign", "hypothetical"},
		{"Israel has demanded that Hezbollah be disarmed.", "disarmed", "hypothetical"}, // a passive subjunctive
		{"A planned summit between Trump and Putin in Budapest has been shelved.", "summit", "failed"},
		{"Talks between Iran and the United States were called off.", "Talks", "failed"},
		{"Putin-Trump summit in Budapest called off, officials say", "summit", "failed"},
		{"The EU urged that Israel halt its offensive and withdraw its troops.", "withdraw", "hypothetical"},
		{"Democrats say they support the ban.", "support", "asserted"},
		{"The sanctions bar Iranian officials from travelling to Europe.", "travelling", "failed"},
		{"The sanctions bar the four officials from travelling to the bloc.", "travelling", "failed"},
		{"She said the bloc would ban the export of drones to Iran.", "ban", "intended"},
		{"Iran said it would retaliate if Israel struck again.", "retaliate", "hypothetical"},
		{"Russia's central bank said it would sue Euroclear in a Moscow court.", "sue", "intended"},
		{"Obama promised to keep the pledge he offered in Paris.", "offered", "asserted"},                                              // a relative clause on an intent is no intent
		{"Hungary blocked a joint European Union statement criticising Israel's military operation in Gaza.", "criticising", "failed"}, // a blocked document says nothing
		{"It is unclear whether Iran will attack Israel.", "attack", "hypothetical"},
		{"Two European diplomats said France, Britain and Germany were still considering whether to trigger the return of U.N. sanctions.", "sanctions", "hypothetical"},
		{"His representatives declined to comment on whether he still supported the plan.", "supported", "hypothetical"},
		// A purpose, or a light verb's noun, shares its verb's modal.
		{"Rashad would travel to Jerusalem on Tuesday to meet Israeli Prime Minister Benjamin Netanyahu.", "meet", "hypothetical"},
		{"Rashad travelled to Jerusalem on Tuesday to meet Israeli Prime Minister Benjamin Netanyahu.", "meet", "asserted"},
		{"Iran would hold talks with Oman.", "talks", "hypothetical"},
		// Any deal is none yet.
		{"Zelenskiy: Ukraine will not give up territory in any peace deal", "deal", "hypothetical"},
		// A return one avoids fails to happen, and what it returns to.
		{"Both sides want to avoid a return to full-scale war.", "war", "failed"},
		// What one is open to doing is offered.
		{"Rubio said President Donald Trump was open to meeting Putin.", "meeting", "intended"},
		{"Tuesday, the Vermont senator opened a Rochester rally blasting Clinton.", "rally", "asserted"},
		// What one is to do is planned, not done; not one at fault.
		{"Under the ceasefire agreement, Hezbollah was to withdraw its fighters from the area.", "withdraw", "intended"},
		{"Under the agreement, Rwanda is to withdraw its troops from Congolese territory within 90 days.", "withdraw", "intended"},
		{"He is entirely to blame for the bad blood.", "blame", "asserted"},
		// A denied plan is denied, not intended.
		{"Eritrea on Wednesday denied plans to attack Ethiopia.", "attack", "denied"},
		{"Eritrea denied that it was preparing to attack Ethiopia.", "attack", "denied"},
		// What a force is approved for, and what one has the power to
		// do, are not done yet.
		{"UN Security Council approves new force to fight Haiti gangs", "fight", "hypothetical"},
		{"The force will have the power to arrest suspected gang members.", "arrest", "hypothetical"},
		// A task given, and a plan's objectives, are not done yet.
		{"The cabinet tasked the army with disarming Hezbollah.", "disarming", "hypothetical"},
		{"Lebanon's cabinet on Thursday endorsed the objectives of a U.S.-backed plan to disarm Hezbollah and tasked the army with drawing up a timetable.", "disarm", "intended"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); e == nil || e.Mode != tc.mode {
			t.Errorf("%q: %+v, want mode %s", tc.text, e, tc.mode)
		}
	}
}

// TestReciprocal: coordinated names that meet with no other side named
// meet each other, and so do those who exchange fire; talks whose sides
// are named on them are not theirs, and other force is not reciprocal.
func TestReciprocal(t *testing.T) {
	pairs := func(text, evidence string) []string {
		var out []string
		d := coded(t, text, time.Time{})
		for _, e := range d.Events {
			if d.Text[e.Evidence.Start:e.Evidence.End] == evidence {
				out = append(out, e.Source.Code+">"+e.Target.Code)
			}
		}
		return out
	}
	for _, tc := range []struct {
		text, evidence string
		want           []string
	}{
		{"Erdogan and Putin met in Sochi on Monday.", "met", []string{"TURGOV>RUSGOV", "RUSGOV>TURGOV"}},
		{"Trump and Erdogan planned secret US-Iran talks in Istanbul.", "talks", []string{"USAGOV>", "TURGOV>"}},
		{"Israel and the United States launched strikes on Monday.", "strikes", []string{"ISR>", "USA>"}},
		// Exchanges of fire and clashes are mutual, also between the
		// nationalities of one phrase.
		{"India and Pakistan traded fire along the frontier.", "traded", []string{"IND>PAK", "PAK>IND"}},
		{"The council demanded a ceasefire between Israel and Hezbollah.", "ceasefire", []string{"ISR>LBNREB", "LBNREB>ISR"}},
		{"Indian and Pakistani troops exchanged heavy fire along the frontier on Tuesday.", "exchanged", []string{"INDMIL>PAKMIL", "PAKMIL>INDMIL"}},
		{"Ukraine and Russia swapped 150 prisoners of war on Thursday.", "swapped", []string{"UKR>RUS", "RUS>UKR"}},
		{"Senior Saudi and Iranian officials held talks in Baghdad.", "talks", []string{"SAUGOV>IRNGOV", "IRNGOV>SAUGOV"}},
		// A body named beside a nationality is a side of its own.
		{"Qatari negotiators met Israeli and Hamas delegations in Doha.", "met", []string{"QATGOV>ISR", "QATGOV>PSEREB"}},
		// A relative pronoun stands for every noun its clause describes.
		{"The United States and Saudi Arabia, which brokered earlier talks in Jeddah, called on both sides to return to negotiations.",
			"brokered", []string{"USA>", "SAU>"}},
		// Talks between two sides are theirs, not their host's; and the
		// two countries one phrase names meet each other.
		{"Qatar hosted talks between Congo and the M23 rebels.", "talks", []string{"COD>CODREB", "CODREB>COD"}},
		{"India and Pakistan agreed to reopen the crossing. The decision followed talks between senior diplomats of the two countries.", "talks", []string{"INDGOV>PAKGOV", "PAKGOV>INDGOV"}},
		{"Thailand and Cambodia exchanged fire along their border. Malaysia called on both sides to exercise restraint.", "called", []string{"MYS>THA", "MYS>KHM"}},
		{"Pakistan and Afghanistan agreed to a truce. Dozens were killed in the worst fighting between the neighbours since 2021.", "fighting", []string{"PAK>AFG", "AFG>PAK"}},
		// Talks that name their sides by a hyphen are theirs, not the
		// host's; talks with someone the host holds.
		{"Oman hosted U.S.-Iran talks.", "talks", []string{"USA>IRN", "IRN>USA"}},
		{"Saudi Arabia hosted talks between U.S. and Iranian officials.", "talks", []string{"USAGOV>IRNGOV", "IRNGOV>USAGOV"}},
		{"Turkey hosted talks with Russia.", "talks", []string{"TUR>RUS"}},
		// So does one hung on the last noun, set off by a comma.
		{"Egypt and Qatar, which mediated the truce along with the United States, urged both sides to respect the agreement.",
			"mediated", []string{"EGY>", "QAT>"}},
		// "each other" is the other side, and "the two countries" the
		// two named together before (see package actor).
		{"Armenia and Azerbaijan have accused each other of firing across the border.", "accused", []string{"ARM>AZE", "AZE>ARM"}},
		// "Each side" is either of the two, "the other" the other one.
		{"Thailand and Cambodia agreed to a ceasefire after five days of fighting. Each side has blamed the other for starting the fighting.", "blamed", []string{"THA>KHM", "KHM>THA"}},
		{"Armenia and Azerbaijan signed a deal on Friday. The two countries met in Geneva on Monday.", "met", []string{"ARM>AZE", "AZE>ARM"}},
		{"Armenia and Azerbaijan signed a deal on Friday. Both countries have accused each other of firing across the border.",
			"accused", []string{"ARM>AZE", "AZE>ARM"}},
		{"Israel and Hamas fought for two years. Qatar urged both sides to accept the truce.", "urged", []string{"QAT>ISR", "QAT>PSEREB"}},
	} {
		if got := pairs(tc.text, tc.evidence); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %s events %v, want %v", tc.text, tc.evidence, got, tc.want)
		}
	}
}

// TestParticipleAgents: a participle's "by" agent is its source, not the
// subject of the clause around it.
func TestParticipleAgents(t *testing.T) {
	d := coded(t, "Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.", time.Time{})
	if e := find(d, "brokered"); e == nil || e.Source.Code != "CHN" {
		t.Errorf("brokered: %+v, want China's", e)
	}
	d = coded(t, "Palestinians want East Jerusalem, captured by Israel in the 1967 war, for their future state.", time.Time{})
	for _, src := range sourcesOf(d, "captured") {
		if src.Code != "ISR" {
			t.Errorf("captured by %+v, want Israel", src)
		}
	}
}

// TestObjectsDoing: what an object is accused, criticized or sanctioned
// for doing is the object's doing, and what a directive tells its object,
// or whom it calls on, to do is theirs.
func TestObjectsDoing(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source string }{
		{"The United States imposed sanctions on three Chinese companies for supplying Russia's military.", "supplying", "CHN"},
		{"The senator criticized Iran for releasing the sailors.", "releasing", "IRN"},
		{"The RSF commander welcomed the deal and accused the Sudanese army of attacking civilians.", "attacking", "SDNMIL"},
		{"Trump told Iran to sign the deal.", "sign", "IRN"},
		{"Ankara called on Moscow to withdraw its troops from Syria.", "withdraw", "RUSGOV"},
		{"The EU condemned the attack and called on Moscow to withdraw its troops.", "withdraw", "RUSGOV"},
		{"The leaders of France, Germany, Britain and Poland had urged Russian President Vladimir Putin on Monday to agree to the ceasefire or face tougher sanctions.", "ceasefire", "RUSGOV"},
		{"Trump pledged his supporters to ban all Muslims from entering the country.", "ban", "USAGOV"},
		// A summons is coded on what it is for, by the one who summons.
		{"On Tuesday, Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador Brah Mohamane to complain of inaction over the gangs.", "complain", "NGAGOV"},
		{"India's foreign ministry summoned Pakistan's acting high commissioner in New Delhi to lodge a strong protest.", "lodge", "INDGOV"},
		{"U.S. President Joe Biden urged Netanyahu in a phone call to allow more aid into Gaza.", "allow", "ISRGOV"},
		{"Polish police detained a Russian citizen on suspicion of helping the saboteurs.", "helping", "RUS"},
		{"Israel launched a wave of strikes on Gaza.", "strikes", "ISR"}, // a batch of events is its doer's
		{"The EU warned that Chinese firms helping Moscow evade sanctions would face consequences.", "helping", "CHN"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); e == nil || e.Source.Code != tc.source {
			t.Errorf("%q: %+v, want the source %s", tc.text, e, tc.source)
		}
	}
}

// TestGroupsInPlaces: a group in a capital is of its country, not its
// government; a government there is the government.
func TestGroupsInPlaces(t *testing.T) {
	d := coded(t, "Protesters in Nairobi clashed with police over a proposed tax increase.", time.Time{})
	if e := find(d, "clashed"); e == nil || e.Source.Code != "KENOPP" {
		t.Errorf("clashed: %+v, want the source KENOPP (protesters are the opposition's, in Kenya)", e)
	}
}

// TestPartyLabels: a legislator's party label, which the parse may make a
// conjunct of the name, is no second side.
func TestPartyLabels(t *testing.T) {
	d := coded(t, "Sen. Marco Rubio, R-Fla., said the plan had failed.", time.Time{})
	sources := sourcesOf(d, "said")
	if slices.ContainsFunc(sources, func(s document.EventActor) bool { return strings.HasPrefix(s.Text, "Fla") }) {
		t.Errorf("sources of said: %+v", sources)
	}
}

// TestNoEvent checks words of events used in a sense, or a place, that
// is no event: senses of protest words that are no protest, and the
// like.
func TestNoEvent(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		// What one is concerned about is no doing of one's own; a term
		// sought is no appeal.
		{"The U.S. embassy said it was deeply concerned about the detention of opposition figures.", "detention"},
		// A reporter's call seeking comment asks the actor nothing.
		{"A spokesperson for the junta did not answer calls seeking comment.", "seeking"},
		// A statement, letter or petition signed is no agreement.
		{"The ELN, in a statement signed by its central command, said the attack was a response to military operations.", "signed"},
		{"Fifty former officials signed an open letter on Monday.", "signed"},
		// What a report or inquiry is about is none of its author's
		// doing.
		{"House Republicans issued a report on the Benghazi attacks.", "attacks"},
		{"House Republicans opened an investigation into the Benghazi attacks.", "attacks"},
		// A win pulled out is no withdrawal.
		{"The senator pulled out a narrow win in Ohio on Tuesday.", "pulled"},
		// Only forces put on alert are readied.
		{"NextGen Climate has invested heavily in efforts to put the 2016 candidates on alert.", "put"},
		// Assets frozen are no ties cut.
		{"The central bank froze the assets of three companies.", "froze"},
		// Consultations an envoy is recalled for are held at home.
		{"Brazil recalled its ambassador to Israel for consultations on Monday.", "consultations"},
		{"Colombia recalled its ambassador to the United States for consultations on Monday.", "consultations"}, // the phrase hung on the post
		{"Katz recalled Israel's ambassadors from the three countries for consultations.", "consultations"},
		// Aid a restriction holds back is no aid given.
		{"The official had criticised restrictions on aid deliveries in the north.", "aid"},
		{"The UN condemned the blockade of aid to Gaza.", "aid"},
		{"Guterres criticised limits on humanitarian aid.", "aid"},
		// Warnings one ignored are another's, not one's own threats.
		{"China's coast guard said in a statement that the Philippine boat had illegally intruded into Chinese waters and ignored repeated warnings.", "warnings"},
		// A war of words or minds is no war waged.
		{"\"These accusations are part of a psychological war against the Islamic Republic,\" Baghaei said.", "war"},
		// A wrong named after a war is no war waged.
		{"Azerbaijan holds 19 Armenians who were convicted of war crimes by a Baku court.", "war"},
		// A proposal one is presented with is the presenting's event, not
		// a second one.
		{"Qatari mediators presented Hamas with a new proposal for a truce.", "proposal"},
		// Prisoners used as bargaining chips are no negotiation.
		{"She accused Maduro of using foreign prisoners as bargaining chips.", "bargaining"},
		// Nor is a mandate sought from voters.
		{"The president dissolved parliament and called a snap election, seeking a fresh mandate for his agenda.", "seeking"},
		// Mediation a mediator suspends is halted, not also conducted.
		{"Qatar has paused its mediation.", "mediation"},
		{"Qatar will stop its mediation efforts until the two sides negotiate.", "mediation"},
		// Who loses someone in a strike did not strike.
		{"Colombia lost a citizen in one of the strikes.", "strikes"},
		// A participle of a noun event already coded is the same act.
		{"Sharaa seeks review of agreements signed by Assad.", "signed"},
		// A pretext sought is no appeal.
		{"Gil accused Washington of seeking a pretext to seize the country's oil.", "seeking"},
		// Retaliating by an act the sentence codes is that act, no blow
		// of its own.
		{"Russia ordered two Estonian diplomats to leave the country on Thursday, retaliating for Tallinn's expulsion of a Russian embassy employee.", "retaliating"},
		{"Iran fired missiles at Israel, retaliating for the killing of its commanders.", "retaliating"},
		{"Republicans rammed the bill through Congress.", "rammed"},
		// What a thing ends is not the thing's doing.
		{"The deal, signed in Kuala Lumpur last month, had ended five days of fighting in July.", "fighting"},
		// What grounds are doubted for is not the doubters' doing.
		{"Democratic senators questioned the legal basis for the strikes.", "strikes"},
		// An agreement ended is no agreement signed.
		{"Iran ends cooperation deal with UN nuclear watchdog", "deal"},
		// What a plan is for is not done by whoever rejects the plan.
		{"Sudan's army chief rejected a ceasefire plan.", "ceasefire"},
		// What talks focus on is no one's doing yet.
		{"Government negotiator Otty Patino said the talks would focus on a bilateral ceasefire.", "ceasefire"},
		// A time the parse took for a subject does nothing.
		{"Turkish warplanes struck Kurdish militant targets in northern Iraq on Wednesday, the defence ministry said, hours after an attack on a state aerospace company near Ankara killed five people.", "attack"},
		// An attack no one claims is no one's named.
		{"The PKK has not claimed responsibility for the attack.", "attack"},
		// Intending to carry out an act is coded on the act.
		{"India intended to carry out a military strike.", "intended"},
		// A message is delivered from its sender, not to him.
		{"Araghchi delivered a message from President Masoud Pezeshkian.", "delivered"},
		// Who mediates talks is no side of them.
		{"Pakistan and Afghanistan agreed to extend a ceasefire, Turkey's foreign ministry said after talks mediated by Turkey and Qatar.", "talks"},
		// The Red Cross takes custody of hostages to hand them over.
		{"The Red Cross said it had taken custody of the hostages in Khan Younis.", "taken"},
		// A kind of place, named after what is done there.
		{"Its troops had fired on civilians near an aid distribution site.", "aid"},
		// What backs a loan is security, and what backs troops arms: no
		// one's support.
		{"EU leaders agreed to lend Ukraine 90 billion euros backed by frozen Russian central bank assets.", "backed"},
		{"Israeli troops backed by drones raided the Jenin refugee camp on Wednesday.", "backed"},
		// A war its sides wage: not the one who arms a side.
		{"The UAE has repeatedly denied arming either side in the war.", "war"},
		{"Iran on Monday denied sending drones to Russia for use in the war in Ukraine.", "war"},
		// What one names another's act is not one's own.
		{"Montenegro's parliament voted to back a resolution declaring the Srebrenica massacre a genocide.", "massacre"},
		// A body named after what it deals with is no event.
		{"The Israeli war cabinet decided to continue its operation in Rafah.", "war"},
		{"President Samia Suluhu Hassan, who is seeking a second term, has denied it.", "seeking"},
		// A noun event that is the subject of its own clause is no one's
		// the clause around it names.
		{"Israel struck Gaza on Monday as the truce collapsed.", "truce"},
		// A treaty two sides sign is their signing, coded on the verb with
		// the target the noun lacks.
		{"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace treaty on Thursday.", "treaty"},
		// "Such" an event is the kind of one told, no other; an event a
		// "since" phrase dates by is not the clause's subject's.
		{"Saudi and Israeli officials met secretly in Cairo last week, three sources told Reuters, in the first such meeting since the Gaza ceasefire.", "meeting"},
		{"Saudi and Israeli officials met secretly in Cairo last week, three sources told Reuters, in the first such meeting since the Gaza ceasefire.", "ceasefire"},
		{"Such attacks on the president are unheard-of among the candidates.", "attacks"},
		// What is suspended is not done, nor what one calls another's act.
		{"Thailand suspended a peace agreement with Cambodia.", "agreement"},
		{"Colombia suspended peace talks with the ELN.", "talks"},
		{"Vucic called the arrests \"a political kidnapping\".", "kidnapping"},
		// Halting fighting, supplies or a rival's momentum halts no
		// negotiations.
		{"The truce halted a week of the worst border fighting in years.", "halted"},
		{"Russia halted gas supplies to Europe.", "halted"},
		// Halting "them" halts no negotiations.
		{"Amnesty International called the executions a chilling escalation and urged authorities to halt them.", "halt"},
		// Aid asked of others is not yet given by them; turning to
		// violence appeals to no one.
		{"The government requested aid from the European Union.", "aid"},
		{"The government sought assistance from China.", "assistance"},
		{"The party turned to violence.", "turned"},
		// A verb and its object of the same code are one act, coded on
		// the verb.
		{"Mali signed a mutual defence pact with Niger last year.", "pact"},
		// A deal left is no deal signed.
		{"Russia withdrew from the grain deal.", "deal"},
		{"Washington pulled out of the accord in 2018.", "accord"},
		// What something is called a rehearsal or a pretext for is not
		// done.
		{"Kim Jong Un denounced the drills as a rehearsal for invasion.", "invasion"},
		// A country receiving its deported nationals receives no visit.
		{"Maduro agreed to receive Venezuelan nationals deported from the United States.", "receive"},
		// A war cry is no war.
		{"Four days after the Republicans raised a war cry in their debate, the Democrats presented a different view.", "war"},
		// Destroying democracy damages no property.
		{"Bolsonaro had tried to destroy democracy.", "destroy"},
		// Territory lent to another's use eases no restriction.
		{"Kenya allowed its territory to be used against Somalia, the Somali government said.", "allowed"},
		{"Colombian President Gustavo Petro declared a state of internal commotion.", "declared"},
		// A person who speaks is no "it".
		{"\"The ELN has chosen the path of war, and it will have war,\" Petro wrote on X.", "war"},
		// A veto lifted is no veto cast.
		{"Slovakia lifted its veto after securing assurances on energy prices.", "veto"},
		// Talks suspended are not held.
		{"The ruling party said it would suspend negotiations on joining the European Union.", "negotiations"},
		// A truce violated is no truce made.
		{"Israel and Hamas accused each other of violating their ceasefire.", "ceasefire"},
		// Taking shelter is no asylum given.
		{"Women and children sheltering in the camp were killed.", "sheltering"},
		// What a speaker calls a threat is no threat made.
		{"Israel would not agree to the creation of a Palestinian state, which he called \"a security threat\".", "threat"},
		// An event coordinated with what a verb judges is no more the
		// judge's than the first ("condemned the strikes and the
		// blockade").
		{"Iran condemned the strikes and the blockade.", "blockade"},
		{"Trump spoke at a campaign rally in Greensboro on Tuesday.", "rally"},
		{"Sanders thanked supporters at his victory rally in Vermont.", "rally"},
		{"Last month, Singh and Tarar went to a Trump rally in Cleveland.", "rally"},
		{"Clinton has not demonstrated the temperament to lead Iran.", "demonstrated"},
		{"She sought to rally older voters behind Obama.", "rally"},
		// Who acts at a protest did not stage it.
		{"Police in Minsk detained more than 200 people at weekend rallies, the rights group Viasna said.", "rallies"},
		{"Clinton defeated Sanders in the primary, in another demonstration of his weakness.", "demonstration"},
		{"Chadema said security forces had killed more than 700 people during three days of protests.", "protests"},
		// What one calls to be investigated is another's doing.
		{"The United Nations human rights office called for an independent investigation into the killings.", "killings"},
		// A noun that only says what people they are is no event.
		{"Demonstrators threw stones at riot police guarding the building.", "riot"},
		{"Two aid workers were wounded in the strike.", "aid"},
		// A verb and particle of no event, the particle parsed as a
		// preposition.
		{"An army officer, Gen. Horta N'Tam, was sworn in on Thursday as head of a transitional government.", "sworn"},
		{"Anti-Trump delegates seized on glimmers of hope.", "seized"},
		// Markets rally without protesting.
		{"Stocks rallied around the world on news of the agreement.", "rallied"},
		// Who is familiar with talks did not hold them.
		{"HarperCollins declined to renew the offer, according to a publishing executive familiar with the talks.", "talks"},
		// Cooperation suspended is none given.
		{"Iran suspended cooperation with the U.N. nuclear watchdog.", "cooperation"},
		// Cancelled flights are business, not talks broken off.
		{"The Houthis warned airlines to cancel flights to Israel.", "cancel"},
		// Leaving a contest withdraws no troops.
		{"Afghanistan's cricket board said it had withdrawn from a tri-nation series in Pakistan.", "withdrawn"},
		// Evidence provided is no aid.
		{"Hegseth did not provide evidence or name the group.", "provide"},
		// "The" event a "during" phrase times the clause by is one told of
		// before, not the subject's.
		{"Poland scrambled fighter jets to protect its airspace during the attack, the Polish military said.", "attack"},
		// A right to act is no act.
		{"Western embassies called on authorities to respect the right to protest.", "protest"},
		{"Most of the candidates said they support parents' right to boycott state exams.", "boycott"},
		// What one is seen as is no threat made.
		{"\"Both sides should view each other as partners and opportunities rather than adversaries or threats,\" Wang told Jaishankar.", "threats"},
		// Tariffs taken away are not imposed.
		{"The Trump administration quietly offered China tariff relief in exchange for a fentanyl crackdown.", "tariff"},
		{"Washington agreed to a suspension of sanctions on Iran.", "sanctions"},
		// What a verb judges is not its subject's act, counted or not.
		{"Trump has repudiated decades of Republican support for free trade.", "support"},
		// Who evacuate leave; no one evacuates them.
		{"Israeli warplanes struck several villages after the military warned residents to evacuate.", "evacuate"},
		// Who rejects mediation is no mediator.
		{"India has long rejected third-party mediation over Kashmir.", "mediation"},
		// Arriving is a visit only to someone or somewhere with a country.
		{"The gunmen arrived on motorbikes in the village of Tawori.", "arrived"},
		// Committing a crime is no commitment.
		{"\"President Yoon has committed treason,\" party leader Lee Jae-myung told supporters.", "committed"},
		// An undertaking kept or broken is not given.
		{"\"The occupation is trying to evade its commitments,\" Hamdan told Al Jazeera.", "commitments"},
		{"Biden said the United States would honor its commitment to NATO.", "commitment"},
		// Defending land, or oneself, is no verbal defence.
		{"\"We will defend every inch of our territory,\" he said.", "defend"},
		{"Pakistan said it had the right to defend itself against militants.", "defend"},
		{"Israel has the right to defend against attacks.", "defend"},
		// A war that talks or efforts would end is no side's of theirs.
		{"Officials met in Jeddah for talks on ending the war in Ukraine.", "war"},
		{"The two leaders discussed a plan to halt the bombing of Aleppo.", "bombing"},
		// The gerund a verb of stopping stops with is the stopping's.
		{"India and Pakistan agreed to stop firing.", "firing"},
		// Giving is aid only when what is given is.
		{"The statement did not give a precise toll.", "give"},
		{"The victory gives her two wins to one in the race.", "gives"},
		// A purpose is no one's intent to act.
		{"Analysts said the test was likely intended to show Pyongyang's displeasure with the drills.", "intended"},
		{"Senators voted against rules intended to rein in payday lending.", "intended"},
		// What a verb of stopping ends, with no one named doing it, is
		// nobody's act, least of all the stopper's.
		{"Talks in Doha mediated by Qatar and Turkey ended a week of fighting.", "fighting"},
		{"The goal is to forge a durable cease-fire that would halt the bombings of Aleppo.", "bombings"},
		// What one speaks about is not one's doing.
		{"The Houthis did not comment on the strikes.", "strikes"},
		{"Clinton first testified before Congress on the 2011 terrorist attacks in Benghazi.", "attacks"},
		// Sanctions lifted are not imposed.
		{"The United States lifted sanctions on Syria.", "sanctions"},
		{"The two countries cut tariffs on steel.", "tariffs"},
		{"West African leaders lifted most of the economic sanctions they had imposed on Niger.", "sanctions"},
		// Voting cancelled is no halted negotiation; a cause is no one's
		// act in the sentence; nor is what an environment is of.
		{"The junta held an election, with voting cancelled in large parts of the country because of fighting with armed groups.", "cancelled"},
		{"The junta held an election, with voting cancelled in large parts of the country because of fighting with armed groups.", "fighting"},
		{"Turk said the election was taking place in an environment of violence and repression.", "repression"},
		// What one is seen as is no act.
		{"The FDLR is a Hutu militia that Kigali regards as a threat.", "threat"},
		// A campaign or a parliament suspended cuts no ties.
		{"Cruz suspended his campaign on Tuesday night.", "suspended"},
		{"He said the Senate and the High Constitutional Court had been suspended.", "suspended"},
		// A protest rejected is another's.
		{"China's foreign ministry rejected the protest and accused Manila of provoking trouble.", "protest"},
		// An accident or a disaster kills without anyone's act.
		{"Aliyev accused Russia of trying to cover up the cause of the crash, which killed 38 people.", "killed"},
		{"Floods killed at least 40 people in the north of the country.", "killed"},
		// Nor what it is called.
		{"The vessels intruded into waters around Scarborough Shoal, which Beijing calls Huangyan Island.", "calls"},
		// A protest lodged is the lodging's complaint (114), no dissent.
		{"Japan's chief cabinet secretary said Tokyo had lodged its own protest over a post by a Chinese diplomat.", "protest"},
		// A deal known by its year is no one's act in the sentence, and
		// cooperation restricted is none given.
		{"The E3 accused Iran of failing to comply with the 2015 nuclear deal.", "deal"},
		{"The court failed to prosecute war crimes and crimes against humanity committed by foreign powers.", "committed"},
		{"Iran has restricted cooperation with the International Atomic Energy Agency.", "cooperation"},
		// Why a source is unnamed tells of no talks.
		{"Ratcliffe spoke with Naryshkin, according to two people familiar with the talks who were not authorized to discuss them publicly.", "discuss"},
		{"Officials, who were not authorized to speak to reporters, said the deal was close.", "speak"},
		{"An Israeli official, who requested anonymity to discuss the sensitive talks, said no agreement would be signed.", "discuss"},
		{"An Israeli official, who requested anonymity to discuss the sensitive talks, said no agreement would be signed.", "requested"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.word); e != nil {
			t.Errorf("%q: %q coded as an event: %+v", tc.text, tc.word, *e)
		}
	}
}

// TestDoneTo checks that acts done to people or things need them: a
// released poll, a received fine, a killed bill are no events.
func TestDoneTo(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		event      bool
	}{
		{"The campaign released a poll on Monday.", "released", false},
		{"Chatwal received a fine and three years probation.", "received", false},
		{"Senators killed the bill on Tuesday.", "killed", false},
		{"Iran released two American prisoners on Monday.", "released", true},
		{"Israeli soldiers killed three Palestinian civilians.", "killed", true},
		{"Erdogan received the Iranian delegation in Ankara.", "received", true},
		{"He received more than $250,000 from the group.", "received", false},
		{"In a statement released by the campaign, Pence denied the report.", "released", false},
		{"Trump received a nervous call from his lawyer.", "received", false},
		{"The president released a statement on Friday.", "released", false},
		{"Sudan must return the helicopter to Russia.", "return", true},
		{"The Turkish president suggested hosting talks in Istanbul.", "hosting", true},
		{"Russia and Ukraine held a prisoner exchange on Friday.", "exchange", true},
		{"On Thursday, in the Trump release announcing his role, Manafort described the race.", "release", false},
		// Those killed in strikes did not strike; evidence supporting
		// claims is no support of anyone.
		{"Colombian President Gustavo Petro, whose citizens were among those killed in earlier strikes, called the attacks murder.", "strikes", false},
		{"The Pentagon has not provided evidence to support its claims.", "support", false},
		// The pledge of an event is coded on the event.
		{"Germany pledged military aid to Ukraine.", "pledged", false},
		// Seeking independence asks no one for anything.
		{"The drills were a warning to separatist forces seeking Taiwan independence.", "seeking", false},
		// A treaty worked on is not yet signed.
		{"Pashinyan and Aliyev agreed to continue work on a peace treaty.", "treaty", false},
		// Dismissing a commander is firing him, no rejection.
		{"Ukrainian President Volodymyr Zelenskiy dismissed the commander of Ukraine's ground forces on Saturday.", "dismissed", false},
		// A meeting's purpose is coded on the meeting.
		{"Egyptian and Qatari mediators met Hamas and Israeli negotiators in Cairo to discuss the second phase of the Gaza ceasefire.", "discuss", false},
		// Nor is a surge of an event despite which something happens.
		{"The swap came despite a surge in fighting.", "fighting", false},
		// Pressure one bows to is no demand of one's own.
		{"Taiwan President Lai Ching-te said Taiwan would not bow to pressure.", "pressure", false},
		// A truce despite which, or talks amid which, a side acts are
		// not its own.
		{"Israeli strikes kill 12 in southern Lebanon despite truce", "truce", false},
		{"Israel struck Gaza amid talks.", "talks", false},
		// A count after a passive shares its auxiliary: the hundreds
		// were arrested, by no one the sentence names.
		{"At least 11 people had been killed and hundreds arrested, the group said.", "arrested", false},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.word); (e != nil) != tc.event {
			t.Errorf("%q: event on %q = %v, want %v (%+v)", tc.text, tc.word, e != nil, tc.event, d.Events)
		}
	}
}

// TestDomesticTarget checks that a protest or concession with no other
// side is aimed at home, but not a politician's own concession.
func TestDomesticTarget(t *testing.T) {
	d := coded(t, "Algerian landowners began a hunger strike outside Parliament.", time.Time{})
	if e := find(d, "strike"); e == nil || e.Target.Code != "DZAGOV" || e.Target.Text != "" {
		t.Errorf("hunger strike: want target DZAGOV, inferred and named by no words, got %+v", e)
	}
	// Those acted on at home are named by their own words, not the
	// source's.
	d = coded(t, "Kenyan police fired tear gas on Tuesday at thousands of protesters who marched on parliament.", time.Time{})
	if e := find(d, "fired"); e == nil || e.Target.Code != "KEN" || !strings.HasPrefix(e.Target.Text, "thousands of protesters") {
		t.Errorf("fired: want the protesters at home, got %+v", e)
	}
	d = coded(t, "Georgian police fired water cannon and tear gas at thousands of protesters outside parliament.", time.Time{})
	if e := find(d, "fired"); e == nil || e.CAMEO != "175" || e.Target.Code != "GEO" {
		t.Errorf("fired water cannon: want 175 against the protesters at home, got %+v", e)
	}
	d = coded(t, "President Donald Trump conceded the point.", time.Time{})
	if e := find(d, "conceded"); e != nil && e.Target.Code != "" {
		t.Errorf("a person's concession got a domestic target: %+v", *e)
	}
}

// TestModifiersStayModifiers checks that participles that do modify a
// noun are not read as the sentence's verb.
func TestModifiersStayModifiers(t *testing.T) {
	for _, text := range []string{
		"Officials called it a planned attack by Iranian forces.",
		"Iran reported the number of wounded Israeli soldiers.",
		"Senators blocked a lot of GOP-backed legislation.",
	} {
		d := coded(t, text, time.Time{})
		for _, ev := range []string{"planned", "wounded", "backed"} {
			if e := find(d, ev); e != nil {
				t.Errorf("%q: %q coded as an event: %+v", text, ev, *e)
			}
		}
	}
}

// TestWhatPeopleWentThrough: an event named after people it befell
// ("survivors of a massacre") is not done by the sentence's subject.
func TestWhatPeopleWentThrough(t *testing.T) {
	for _, tc := range []struct{ text, evidence string }{
		{"President Barack Obama met survivors of a nightclub massacre on Thursday.", "massacre"},
		{"The governor laid flowers for the victims of the attack.", "attack"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); e != nil && e.Source.Code != "" {
			t.Errorf("%q: %s coded with source %s", tc.text, tc.evidence, e.Source.Code)
		}
	}
	d := coded(t, "Israel launched a series of attacks on Gaza.", time.Time{})
	if e := find(d, "attacks"); e == nil || e.Source.Code != "ISR" {
		t.Errorf("a series of attacks lost its author: %+v", e)
	}
}

// TestContests: politicians beat each other at the polls and fight for
// causes; police beat protesters.
func TestContests(t *testing.T) {
	for _, tc := range []struct{ text, evidence string }{
		{"In hypothetical match-ups, Hillary Clinton would beat Donald Trump.", "beat"},
		{"Ted Cruz has spent his life fighting to defend the Constitution.", "fighting"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e != nil {
			t.Errorf("%q: coded %s", tc.text, e.CAMEO)
		}
	}
	if e := find(coded(t, "At a rally in Milwaukee this spring, she described Trump as kind.", time.Time{}), "rally"); e != nil {
		t.Errorf("a speaker's rally: coded %s", e.CAMEO)
	}
	if e := find(coded(t, "Thousands of protesters held a rally in Tehran against the government.", time.Time{}), "rally"); e == nil || e.Root != "14" {
		t.Errorf("a crowd's rally: %+v, want a protest", e)
	}
	if e := find(coded(t, "Police beat protesters in Cairo.", time.Time{}), "beat"); e == nil || e.CAMEO != "182" {
		t.Errorf("police beating protesters: %+v", e)
	}
}

// TestNoRequest: calling something a name, and a politician's appeal
// to voters, ask nothing; calling for and on others does.
func TestNoRequest(t *testing.T) {
	for _, tc := range []struct{ text, evidence string }{
		{"She called his executive actions a crucial step forward.", "called"},
		{"Sanders' appeal among millennial progressives is strong.", "appeal"},
		{"Scarborough also asked Clinton if Trump benefits from a double standard.", "asked"},
		{"He is often asked about her views.", "asked"},
		{"Trump launched his campaign by talking about the wall.", "talking"},
		{"I believe it's empty talk.", "talk"},
		{"Such measures have been met with fierce opposition.", "met"},
		{"Cruz delivered a keynote address on Saturday.", "delivered"},
		{"The spokesman provided a written statement.", "provided"},
		{"That gentleman has not given up on me.", "given"},
		{"Norway offered to host talks between Sudan's army and the Rapid Support Forces.", "Support"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e != nil {
			t.Errorf("%q: coded %s", tc.text, e.CAMEO)
		}
	}
	for _, tc := range []struct{ text, evidence string }{
		{"Trump called for the ban in December.", "called"},
		{"Iran made an appeal to the UN to stop the strikes.", "appeal"},
		{"Iran asked the UN to intervene.", "asked"},
		{"Kelly said she asked for the interview.", "asked"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || e.Root != "02" {
			t.Errorf("%q: %+v, want an appeal (02)", tc.text, e)
		}
	}
	if e := find(coded(t, "On Friday, Obama was still calling out the Republicans.", time.Time{}), "calling"); e == nil || e.CAMEO != "111" {
		t.Errorf("calling out: %+v, want 111", e)
	}
	for _, text := range []string{"Erdogan talked to Putin by phone.", "Iran and the US talked in Oman."} {
		if e := find(coded(t, text, time.Time{}), "talked"); e == nil || e.Root != "04" {
			t.Errorf("%q: %+v, want a consultation (04)", text, e)
		}
	}
}

// TestFiring: firing a person dismisses them; firing back retorts;
// weapons are fired at people, rockets and missiles from the air (195).
func TestFiring(t *testing.T) {
	for _, text := range []string{"Sanders has fired his national data director.", "The president fired Comey on Tuesday.", "She was fired."} {
		if e := find(coded(t, text, time.Time{}), "fired"); e != nil {
			t.Errorf("%q: coded %s", text, e.CAMEO)
		}
	}
	for _, tc := range []struct{ text, cameo string }{
		{"Rubio fired back at Christie over the rating.", "111"},
		{"Hamas fired rockets at Israel.", "195"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), "fired"); e == nil || e.CAMEO != tc.cameo {
			t.Errorf("%q: %+v, want %s", tc.text, e, tc.cameo)
		}
	}
}

// FuzzTriggers: a user's trigger file either loads or fails with an
// error naming the file.
func FuzzTriggers(f *testing.F) {
	f.Add("verb\tmediate\t045\tbetween\nnone\tgive up\nlight\tstage\n")
	f.Add("noun\tblockade\t191\tof,against\n")
	f.Add("verb\tx\t999\n")
	f.Add("only\tcut\taid funding\nonly\tlift\t \n")
	dict, err := actor.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, file string) {
		if _, err := event.New(dict, map[string]io.Reader{"mine.tsv": strings.NewReader(file)}); err != nil && !strings.Contains(err.Error(), "mine.tsv") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}

// TestSenses: words read by what they are done to — a recall of an envoy,
// a cut of aid, a return of something, a capture of people, a blow, a
// fight against an enemy, a politician's attack in words — and a
// suggestion that something is so is a statement, not a proposal.
func TestSenses(t *testing.T) {
	for _, tc := range []struct{ text, evidence string }{
		{"David Simas recalled sitting in on focus groups.", "recalled"},
		{"Sanchez said his government would not meet the target.", "meet"},                       // a goal reached, no meeting
		{"Bush cannot summon Mr. Trump's TV-friendly fury.", "summon"},                           // only diplomats are summoned
		{"Islamabad summoned India's deputy envoy to lodge a protest.", "summoned"},              // coded on the protest
		{"Kobakhidze said Georgia would not allow foreign interference.", "allow"},               // no one let in or let act
		{"Trump is crushing Rubio in Florida.", "crushing"},                                      // at the polls
		{"He says going through a dark time has allowed him to connect with people.", "allowed"}, // no authority
		{"The ministry denied them visas.", "denied"},
		{"Lukashenko dismissed the measures as \"economic war\".", "war"},                             // what something is called
		{"Putin thanked Kim for his support, calling the North Korean troops \"heroes.\"", "calling"}, // named, not phoned
		{"She sees him as a real threat.", "threat"},
		{"Kyiv has rejected the plan as favoring Moscow.", "favoring"},
		{"The proposal, which was handed to Hamas leaders in Doha on Wednesday, calls for a six-week pause in fighting and the release of 40 Israeli hostages.", "fighting"}, // what stops, not what is done
		{"Ukraine's air force said it had shot down 81 of the 93 missiles and 80 drones launched by Russia.", "shot"},                                                        // air defence
		{"His supporters will stay on the streets until President William Ruto withdraws the bill.", "withdraws"},                                                            // no retreat
		{"The rise of terrorism threatens the way of life for all civilized people.", "threatens"},                                                                           // things endanger
		{"The EU imposed new sanctions on Belarus over a crackdown.", "crackdown"},                                                                                           // what one acts over is not one's own doing
		{"Egypt warned that an assault on Rafah would threaten its peace treaty with Israel.", "threaten"},
		{"Netanyahu vowed to press ahead with an offensive in Rafah.", "vowed"},    // coded on the offensive
		{"Kim Yo Jong called the exercises a rehearsal for invasion.", "invasion"}, // what something is called
		{"Beijing warned of a trade war with Washington.", "war"},                  // only a charge or a role is denied
		{"Washington expected allies to pull their weight.", "pull"},
		{"The deal hangs in the balance.", "hangs"},
		{"Mr. Gingrich might cut a check for the plane trip.", "cut"},
		{"When he returned, he began by saying so.", "returned"},
		{"Trump returned the compliment to Adelson.", "returned"},
		{"Cruz can pull off a win in Texas.", "pull"},
		{"Ted Cruz has captured Texas and Oklahoma.", "captured"},
		{"Trump struck populist notes in his speech.", "struck"},
		{"The court struck down the law.", "struck"},
		{"I was struck that he was doing smart things.", "struck"},
		{"The odds have shot up in the past week.", "shot"},
		{"Can they deliver on their promises to fight global warming?", "fight"},
		{"We will continue to fight for every vote and every delegate.", "fight"},
		{"He said he was a very big threat to progressives.", "threat"},
		{"Job losses have contributed heavily to a bitter political divide.", "contributed"},
		{"The debate focused on the threat of terrorism.", "threat"},
		{"Sanders spent his campaign fighting to eliminate superdelegates.", "fighting"},
		{"America's porous gun laws empower dealers to sell weapons to essentially any adult who passes a background check.", "sell"},
		{"His ads helped lift him into contention.", "helped"},
		{"His ads helped lift him into contention.", "lift"},
		{"Trump leads the field with support of 31 percent of Republican voters.", "support"},
		{"Clinton has 20 percent support among young voters.", "support"},
		{"The scandals are sapping her support.", "support"},
		{"Clinton's support fell to 48 percent.", "support"},
		{"Trump's support is well below 62 percent.", "support"},
		{"Steyer said in a statement that the candidates must act.", "statement"},
		{"Moscow was preparing new attacks, according to a joint statement released in Warsaw.", "statement"},
		{"Trump hit Clinton over her emails on Monday.", "hit"},
		{"Nicolas Maduro was sworn in for a third term in Caracas.", "sworn"},
		{"Russia is planning attacks on European infrastructure.", "planning"},                   // the attacks, intended, are the event
		{"Opposition leaders vowed to keep protesting until new elections are called.", "vowed"}, // the protest, intended, is
		{"The city ordered the closure of schools.", "closure"},
		{"Russia vetoes UN resolution on Sudan ceasefire.", "ceasefire"},
		{"Norway offers to host Sudan ceasefire talks in Oslo.", "ceasefire"},                                              // what the talks are about                                                   // what the resolution is about
		{"Xi said China was ready to work with Russia and called for a peaceful settlement of the war in Ukraine.", "war"}, // no war of Xi's
		{"Russia and Ukraine began the largest prisoner exchange of the war on Friday.", "war"},
		{"Clinton hopes to recapture her momentum in Kentucky.", "recapture"},
		{"Bush armed his campaign with a record-shattering war chest.", "armed"},
		{"The Israeli military said it had hit weapons depots that posed a threat to Israeli civilians.", "threat"},
		{"Israeli warplanes struck southern Lebanon despite the truce.", "truce"},
		{"Clinton delivered a message Sunday that resonates for many mayors.", "delivered"},
		{"The super PAC has spent $2 million on ads targeting Trump in Wisconsin.", "targeting"},
		{"Stocks hit a record high in Tokyo.", "hit"},
		{"The storm hit Florida on Sunday.", "hit"},
		// Speaking to an audience or an outlet, or alongside someone, is
		// no consultation.
		{"Trump will speak to the Detroit Economic Club on Monday.", "speak"},
		{"Grassley later walked back his comments while speaking to CNN.", "speaking"},
		{"The Huffington Post spoke with Teachout on its politics podcast.", "spoke"},
		{"Thiel is scheduled to speak next Thursday, along with Ivanka Trump.", "speak"},
		{"Moscow and Beijing may speak the language of partnership these days.", "speak"},
		{"Clinton spoke with reporters on her plane.", "spoke"},
		{"According to his plea agreement, he faces at least two years in prison.", "agreement"},
		{"A spokesman for the campaign declined to comment.", "declined"},
		{"Trump sought to calm his supporters.", "sought"},
		{"The real Mr. Mannix died of a heart attack in 1963.", "attack"},
		{"Haley's endorsement was a big deal, he said.", "deal"},
		{"Donald Trump released a video on Friday.", "released"},
		{"Obama offered his condolences to the families.", "offered"},
		{"Trump recognized the need to reshape his persona.", "recognized"},
		{"Cruz shares more of Ryan's views.", "shares"},
		{"Donald Trump had been engaging in personal attacks.", "engaging"},
		{"Obama threatened to veto the bill that allows lawsuits against the Saudis.", "allows"},
		{"Missouri holds an open primary, which allows voters of any affiliation to vote.", "allows"},
		{"Voters in Nevada don't seem as engaged.", "engaged"},
		{"Cruz says he is the only candidate who can beat Donald Trump.", "beat"},
		{"The toughest blows were exchanged by the Cruz and Rubio camps.", "exchanged"},
		{"He recognizes that angry voters have valid reasons.", "recognizes"},
		{"He offered his thoughts on the Republican front-runner.", "offered"},
		{"The judge ordered the release of internal documents.", "release"},
		{"The campaign explained in its release that he spent $45 million.", "release"},
		{"The campaign began a roll call vote on Tuesday.", "call"},
		{"Pence said in a press release that Trump would win.", "release"},
		{"Sanders is seeking the Democratic nomination.", "seeking"},
		{"He bested 16 rivals and captured his party's presidential nomination.", "captured"},
		{"Sanders says he would happily release all his speeches.", "release"},
		{"Sanders has captured the allegiance of younger voters.", "captured"},
		{"Mr. Trump has seized on emails released over the past weeks.", "seized"},
		{"Marco Rubio and Jeb Bush occupied a third tier.", "occupied"},
		{"Cruz pulled in a quarter of the electorate.", "pulled"},
		{"A website called Real News posts fake stories.", "called"},
		{"Roger Ailes helped found Fox News in 1996.", "helped"},
		{"Carson distanced himself from interviews he gave to The Washington Post.", "gave"},
		{"The Fact Checker gave Carson two Pinocchios.", "gave"},
		{"The question was urgent, given that four justices were old.", "given"},
		{"Many voters give Trump a pass.", "give"},
		{"Sanders says he helped write the Affordable Care Act.", "helped"},
		{"Jeb Bush called Trump “unhinged.”", "called"},
		{"A few states have yet to be called.", "called"},
		{"Lawmakers approved the measure in its final reading.", "approved"},
		{"The war could spread if Israel pressed on with its offensive.", "pressed"},
		{"The official, who declined to be named, said talks would resume.", "declined"},
		{"A senior security official, who asked not to be named, said the border would stay closed.", "asked"},
		{"Two officials, who requested not to be identified, said talks would resume.", "requested"},
		{"Israel denied that its forces had fired on an aid convoy in northern Gaza.", "aid"},
		{"She wrote a book about the war.", "wrote"},
		{"Bangladesh, which hosts about a million Rohingya refugees, welcomed the move.", "hosts"},
		{"Niger hosts a major U.S. drone base in Agadez.", "hosts"},
		{"The plan met its targets.", "met"},
		{"Iran denies seeking nuclear weapons.", "seeking"},
		{"He urged Israel to seize the moment to make peace with its neighbours.", "seize"},
		{"U.S. President Donald Trump, who brokered the deal, addressed Israel's parliament.", "deal"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e != nil {
			t.Errorf("%q: coded %s", tc.text, e.CAMEO)
		}
	}
	for _, tc := range []struct{ text, evidence, code string }{
		{"Turkey recalled its ambassador from Israel.", "recalled", "161"},
		{"The United States cut aid to Egypt.", "cut", "162"},
		{"Iran returned the seized ship to Britain.", "returned", "084"},
		{"Russia and Ukraine exchanged 190 prisoners of war on Thursday.", "exchanged", "084"},
		{"Zelenskiy wrote on Telegram that Russia had launched 120 drones overnight.", "launched", "195"},
		{"Hezbollah launched rockets into northern Israel.", "launched", "195"},
		{"Petro later backed down and offered the presidential plane.", "backed", "080"},
		{"The United States backed Israel.", "backed", "051"},
		{"Zelenskiy wrote on Telegram that Russia had launched 120 drones overnight.", "wrote", "010"},
		{"The Justice Department returned the weapon to him.", "returned", "084"},
		{"Reagan traded arms with Iran to secure their release.", "release", "084"},
		{"Israel announced the release of 1,000 Palestinian prisoners.", "release", "084"},
		{"Police captured the gunman in Paris.", "captured", "173"},
		{"Police detained dozens of protesters in Cairo.", "detained", "173"},
		{"Georgian police used water cannon against demonstrators.", "used", "175"},
		{"Police fired tear gas at the crowd.", "fired", "175"},
		{"Police seized weapons on Friday.", "seized", "171"},
		{"Russian forces occupied the town.", "occupied", "192"},
		{"Trump suggested that Cuba would sue the United States.", "suggested", "010"},
		{"Iran insists it does not know his whereabouts.", "insists", "010"},
		{"Iran insisted that the United States must lift sanctions.", "insisted", "100"},
		{"Erdogan suggested hosting talks between the US and Iran.", "suggested", "030"},
		{"Israel struck targets near Isfahan.", "struck", "190"},
		{"He would form a coalition to fight the militant group.", "fight", "190"},
		{"Troops would be sent to fight for their country.", "fight", "190"},
		{"Kasich is refusing to attack his rivals.", "attack", "111"},
		{"Gunmen attacked civilians in Paris.", "attacked", "190"},
		{"Bernie Sanders stepped up his attacks on the role of money in politics.", "attacks", "111"},
		{"Donald Trump continued his verbal assault on the nominee.", "assault", "111"},
		{"Bernie Sanders issued a new line of attack on Sunday.", "attack", "111"},
		{"Hillary Clinton said Sanders's attacks had reinforced stereotypes.", "attacks", "111"},
		{"Albares said Milei's comments were an attack on Spain's institutions.", "attack", "111"}, // what words were
		{"Albares said the missile strike was an attack on Spain's institutions.", "attack", "190"},
		{"Militants carried out the attack on the consulate.", "attack", "190"}, // a physical attack ("Clinton spoke about the attack" is no event of hers: see TestNoEvent)
		{"Anders Breivik's deadly attack shocked Norway.", "attack", "190"},
		{"During his attack, the gunman killed 49 people.", "attack", "190"},
		{"Bill Cosby assaulted several women, they said.", "assaulted", "190"},
		{"Turkey helped Iran.", "helped", "070"},
		{"Mexico agreed to help pay for the wall.", "help", "033"},
		{"The US lifted sanctions on Iran.", "lifted", "085"},
		{"Russia stepped up its support for Assad.", "support", "050"},
		{"Trump renewed his call for a ban on Muslims.", "call", "020"},
		{"Erdogan made a phone call with Trump.", "call", "041"},
		{"Putin called Erdogan on Tuesday.", "called", "041"},
		{"Clinton called on lawmakers to close the loophole.", "called", "020"},
		{"Donald Trump called Wednesday for Justice Ruth Bader Ginsburg to resign.", "called", "020"},
		{"Iran declined to attend the talks.", "declined", "120"},
		{"Turkey offered a proposal for talks.", "offered", "030"},
		{"Sweden recognized Palestine in 2014.", "recognized", "054"},
		{"Jordan shared intelligence with the United States.", "shared", "064"},
		{"Iran has not engaged in any direct communication with the United States.", "engaged", "040"},
		{"Police beat the protesters in Cairo.", "beat", "182"},
		{"Petraeus knew the information he shared with Broadwell was classified.", "shared", "064"},
		{"Serbia refuses to recognize Kosovo's independence.", "recognize", "054"},
		{"Pakistan sought aid from the United States.", "sought", "023"},                               // an appeal for aid
		{"Thailand evacuated 130,000 people from border areas.", "evacuated", "073"},                   // people to safety
		{"The rebels evacuated their positions near the city.", "evacuated", "0874"},                   // a retreat
		{"Britain evacuated its embassy in Khartoum.", "evacuated", "161"},                             // a cut in relations
		{"Italy evacuated its citizens from Tripoli.", "evacuated", "160"},                             // so is taking one's citizens home
		{"The ministry handed ambassador Mikhail Yevdokimov a note of protest.", "handed", "114"},      // a formal complaint
		{"Sudan said it was cutting diplomatic ties with the United Arab Emirates.", "cutting", "161"}, // ties cut are relations broken
		{"Cruz made an unprompted call for an end to sugar subsidies on Tuesday.", "call", "020"},      // the preposition after the noun, hung on the verb
		{"The protests grew into calls for Rajoelina to resign.", "calls", "020"},                      // the "for" of an infinitive's subject
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || e.CAMEO != tc.code {
			t.Errorf("%q: %+v, want %s", tc.text, e, tc.code)
		}
	}
}

// TestGovernmentSide: a leader's administration is the government, shown
// by the words that say whose.
func TestGovernmentSide(t *testing.T) {
	e := find(coded(t, "The Obama administration criticized Russia.", time.Time{}), "criticized")
	if e == nil || e.Source.Code != "USAGOV" || e.Source.Text != "Obama administration" {
		t.Errorf("the Obama administration: %+v", e)
	}
}

// TestSupportBehind: support thrown or lent behind someone is theirs.
func TestSupportBehind(t *testing.T) {
	e := find(coded(t, "Carly Fiorina threw her support behind Ted Cruz on Wednesday.", time.Time{}), "support")
	if e == nil || e.CAMEO != "050" || e.Target.Code != "USALEG" {
		t.Errorf("support behind Ted Cruz: %+v", e)
	}
}

// TestOnlyLines: a user's only line makes a verb an event only with the
// objects it lists.
func TestOnlyLines(t *testing.T) {
	dict, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := event.New(dict, map[string]io.Reader{"mine.tsv": strings.NewReader("only\tvisit\tcapital\n")})
	if err != nil {
		t.Fatal(err)
	}
	p, err := nlp.Load()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{"Erdogan visited the capital of Iran.": true, "Erdogan visited Iran.": false} {
		d := article.FromText(text)
		p.Analyze(d)
		dict.Find(d)
		lex.Code(d)
		if got := find(d, "visited") != nil; got != want {
			t.Errorf("%q: event %v, want %v", text, got, want)
		}
	}
}

// TestClausesAreNoSides: a clause the parse coordinated with the subject
// noun is not a second source.
func TestClausesAreNoSides(t *testing.T) {
	d := coded(t, "The two countries agreed in 2021 to observe the ceasefire, but each accuses the other of supporting violence.", time.Time{})
	for _, e := range d.Events {
		if e.Source.Text == "accuses" {
			t.Errorf("%s: source %q", e.CAMEO, e.Source.Text)
		}
	}
	if e := find(d, "agreed"); e == nil || e.Source.Text != "countries" {
		t.Errorf("agreed: %+v, want the countries' event", e)
	}
}

// TestNounSides: what an event is aimed at may be a thing of an actor's,
// who is then the target; the possessor of an arrest, a killing or a
// trial undergoes it, unless an "of" phrase names who does.
func TestNounSides(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source, target string }{
		{"Russia launched a massive missile and drone attack on Ukraine's energy infrastructure overnight.", "attack", "RUS", "UKR"},
		{"Thousands of protesters gathered in central Seoul demanding Yoon's arrest.", "arrest", "", "KOR"},
		{"Israel's release of 40 Palestinian prisoners was delayed.", "release", "ISR", ""},
		// A passive relative clause inside a report is done to the noun
		// the relative pronoun stands for.
		{"The M23 rebel group, which Congo and United Nations experts say is backed by Rwanda, seized the city of Goma.", "backed", "RWA", "CODREB"},
		// Reimposing, tightening or expanding sanctions carries them.
		{"Britain, France and Germany launched the process to reimpose United Nations sanctions on Iran.", "sanctions", "GBR", "IRN"},
		{"The EU demanded Navalny's release.", "release", "", ""},
		// A name on the noun is its author when a phrase names whom it
		// is aimed at; a veto is of a resolution or sanctions, a block.
		{"New European Union sanctions against Russia took effect on Friday.", "sanctions", "IGO", "RUS"},
		{"EU sanctions on Russia took effect.", "sanctions", "IGO", "RUS"},
		{"Hungary blocked new European Union sanctions against Russia.", "blocked", "HUN", "IGO"},
		// Whom a release or an arrest is of undergoes it.
		{"Israel announced the release of 90 Palestinian prisoners.", "release", "ISR", "PSE"},
		{"Israel carried out the arrest of 20 Palestinian activists.", "arrest", "ISR", "PSE"},
		// A part of a plan is aimed at the plan's owner.
		{"Russia rejected key points of the US peace plan.", "rejected", "RUS", "USA"},
		{"Russia rejected several points of a US-drafted plan.", "rejected", "RUS", "USA"},
		// A rejected proposal is aimed at its authors.
		{"Sudan's army-led government on Tuesday rejected a humanitarian truce proposed by the United States, Saudi Arabia, the United Arab Emirates and Egypt.", "rejected", "SDNGOV", "USA"},
		// Who is warned against or pushed into an act would do it.
		{"European leaders have warned Washington against pressuring Kyiv into concessions.", "pressuring", "USAGOV", "UKR"},
		{"European leaders have warned Washington against pressuring Kyiv into concessions.", "concessions", "UKRGOV", ""},
		// A relative clause's noun is whom its verb is done to, and whom a
		// charge is of.
		{"The European Union imposed sanctions on four Iranian officials it accused of supplying drones to Russia.", "accused", "IGO", "IRN"},
		{"The European Union imposed sanctions on four Iranian officials it accused of supplying drones to Russia.", "supplying", "IRNGOV", "RUS"},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Code != tc.source || !strings.HasPrefix(e.Target.Code, tc.target) {
			t.Errorf("%q: %+v, want %s -> %s", tc.text, e, tc.source, tc.target)
		}
	}
}

// TestHeadlinePassives checks that a headline's participle with no
// auxiliary is done to its subject.
func TestHeadlinePassives(t *testing.T) {
	for _, tc := range []struct{ text, cameo, target string }{
		{"South Korea's Yoon arrested over martial law bid\n\nSouth Korean investigators arrested impeached President Yoon Suk Yeol on Wednesday.", "173", "KORGOV"},
		// A sentence, which no kind of patient marks, read as a passive
		// by the parse.
		{"Former Pakistani PM Khan sentenced to 14 years in corruption case\n\nA Pakistani court on Friday sentenced former Prime Minister Imran Khan to 14 years in prison.", "172", "PAKELI"},
	} {
		d := coded(t, tc.text, time.Time{})
		if len(d.Events) == 0 || d.Events[0].CAMEO != tc.cameo || d.Events[0].Source.Actor != "" || d.Events[0].Target.Code != tc.target {
			t.Errorf("%.30q: %+v, want %s done to %s by no one named", tc.text, d.Events, tc.cameo, tc.target)
		}
	}
}

// TestEmployeesAreNoPossessions checks that force or coercion against a
// person named by his employer is not aimed at the employer.
func TestEmployeesAreNoPossessions(t *testing.T) {
	d := coded(t, "A Russian court on Friday sentenced Wall Street Journal reporter Evan Gershkovich to 16 years.", time.Time{})
	for _, e := range d.Events {
		if e.Target.Text == "Wall Street Journal" {
			t.Errorf("%s aimed at the reporter's paper: %+v", e.CAMEO, e)
		}
	}
}

// TestTrendsAreNotTheJudges checks that an event whose trend a verb of
// judging takes for its object is not the judge's.
func TestTrendsAreNotTheJudges(t *testing.T) {
	d := coded(t, "Rights groups have condemned a sharp rise in executions in Iran this year.", time.Time{})
	if e := find(d, "executions"); e != nil && e.Source.Code == "NGO" {
		t.Errorf("executions: %+v, not the rights groups'", e)
	}
}

// TestWhoDoesIt checks the side that does an act named beside another
// party: a measure threatened by someone is theirs, not the one who
// would avoid it; whom one hires to do a thing does it; a relative
// clause opened by "whose" tells of the owner's act, aimed at no one;
// and a place taken from a side is taken from that side.
func TestWhoDoesIt(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source, target string }{
		{"Mexico seeks to avoid tariffs threatened by Washington.", "tariffs", "USAGOV", ""},
		{"Murkomen accused opposition politicians of hiring gangs to loot shops.", "loot", "gangs", ""},
		{"The deal was brokered with the help of the Salvadoran government, whose president, Nayib Bukele, had agreed to hold the deportees.", "agreed", "SLVGOV", ""},
		// A place retaken from a side is taken from that side, not from
		// the city it is named for.
		{"Sudan's army retook Khartoum's airport from the paramilitary Rapid Support Forces on Wednesday.", "retook", "SDNMIL", "SDNREB"},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Code != tc.source && e.Source.Text != tc.source || e.Target.Code != tc.target {
			t.Errorf("%s: %+v, want %s's, aimed at %q", tc.evidence, e, tc.source, tc.target)
		}
	}
}

// TestSharedObjectTargets checks that force used by a verb joined to
// the next, which has the object, is aimed at that object too; a verb of
// moving away takes none, nor does an infinitive from a gerund.
func TestSharedObjectTargets(t *testing.T) {
	d := coded(t, "Chinese vessels blocked and rammed the Philippine ship. Hamas fighters retreated and attacked Israeli positions. "+
		"She pleaded with officers not to shoot and begging Crutcher to get out.", time.Time{})
	got := map[string]string{}
	for _, e := range d.Events {
		got[d.Text[e.Evidence.Start:e.Evidence.End]] = e.Target.Code
	}
	for verb, want := range map[string]string{"blocked": "PHL", "rammed": "PHL", "retreated": "", "attacked": "ISR", "shoot": ""} {
		if got[verb] != want {
			t.Errorf("%s: target %q, want %q (events %v)", verb, got[verb], want, got)
		}
	}
}

// TestEventSources checks sources found beyond the clause's subject: a
// relative pronoun standing for an attack told of before, or the attack
// itself named again, stands for its attacker, and a side counted out of
// people reads as the people.
func TestEventSources(t *testing.T) {
	for _, tc := range []struct{ text, evidence, code, words string }{
		{"Israel carried out an air strike on Hamas leaders in Doha on Tuesday. Hamas said its senior leaders survived the strike, which killed five members of the group.",
			"killed", "ISR", ""},
		{"Israel's military said it struck ports held by Yemen's Houthis overnight, hours after the Iran-backed group fired missiles at Israel. The strikes killed at least three people, Al-Masirah TV reported.",
			"killed", "ISRMIL", ""},
		// A relative pronoun for an attack one fights or carries out
		// stands for who does; not for one only named.
		{"Thailand and Cambodia fought a five-day border war in July that killed at least 48 people.", "killed", "THA", ""},
		{"In somber comments, Trump called the assault that killed five Dallas police officers \"an attack on our country.\"", "killed", "", "that"},
		{"The money came from William E. Oberndorf, a California investor who had backed Jeb Bush.", "backed", "", "William E. Oberndorf"},
		{"Hundreds of protesters marched in Tbilisi.", "marched", "", "Hundreds of protesters"},
		{"Hundreds of thousands of people rallied in Istanbul for a fifth night.", "rallied", "", "Hundreds of thousands of people"},
		{"Two of the sources said the call took place last month.", "said", "", "Two of the sources"},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		if e == nil || e.Source.Code != tc.code || tc.words != "" && e.Source.Text != tc.words {
			t.Errorf("%q: %+v, want the source %s %q", tc.text, e, tc.code, tc.words)
		}
	}
}

// TestShowsOfForce: warships and troops that arrive somewhere show force;
// a leader who arrives visits. (And a terrorist designation sanctions.)
func TestShowsOfForce(t *testing.T) {
	for _, tc := range []struct{ text, evidence, cameo string }{
		{"Maduro says Venezuela will resist as US carrier group arrives in Caribbean.", "arrives", "150"},
		{"US troops arrived in Poland on Monday.", "arrived", "150"},
		{"Trump arrived in Tokyo.", "arrived", "042"},
		// Naming a group a terrorist one sanctions it; naming a successor
		// does not.
		{"The U.S. State Department designated the Cartel de los Soles as a foreign terrorist organization.", "designated", "172"},
		{"Trump designated Vance as his successor.", "designated", ""},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); tc.cameo == "" && e != nil || tc.cameo != "" && (e == nil || e.CAMEO != tc.cameo) {
			t.Errorf("%q: %q coded %+v, want %q", tc.text, tc.evidence, e, tc.cameo)
		}
	}
}

// TestBritishSpelling checks that lemmas in British spelling find the
// lexicon's American entries.
func TestBritishSpelling(t *testing.T) {
	for _, tc := range []struct{ text, evidence, cameo string }{
		{"French Foreign Minister Jean-Noel Barrot criticised the junta.", "criticised", "111"},
		{"Iran apologised to Britain.", "apologised", "055"},
		{"Sri Lanka criticized the report.", "criticized", "111"},
	} {
		d := coded(t, tc.text, time.Time{})
		if e := find(d, tc.evidence); e == nil || e.CAMEO != tc.cameo {
			t.Errorf("%q: %q coded %+v, want %s", tc.text, tc.evidence, e, tc.cameo)
		}
	}
}

// TestAnsweredAccusations checks that an accusation one rejects is
// another's, who is the target of the denial (016, as CAMEO's dictionary
// codes REJECT * ACCUSATION) when told just before.
func TestAnsweredAccusations(t *testing.T) {
	d := coded(t, "Erdogan accused Israel of genocide. Netanyahu rejected the accusation.", time.Time{})
	if e := find(d, "accusation"); e != nil {
		t.Errorf("the rejected accusation coded as %s by %q", e.CAMEO, e.Source.Text)
	}
	if e := find(d, "rejected"); e == nil || e.CAMEO != "016" || e.Target.Code != "TURGOV" {
		t.Errorf("rejected: %+v, want 016 against TURGOV", e) // CAMEO's REJECT * ACCUSATION
	}
}

// TestSignedWithEachOther checks that two sides who sign a deal, with no
// other side named, sign it with each other, also when the parse splits
// the second side's title into a conjunct of its own.
func TestSignedWithEachOther(t *testing.T) {
	for _, tc := range []struct{ text, evidence, want string }{
		{"Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a peace agreement at the White House on Friday.", "signed", "ARMGOV>AZEGOV AZEGOV>ARMGOV"},
		{"The leaders of Armenia and Azerbaijan signed a joint declaration at the White House.", "signed", "ARMGOV>AZEGOV AZEGOV>ARMGOV"},
		// Two sides who fought a war fought each other.
		{"Ethiopia and Eritrea fought a border war from 1998 to 2000.", "fought", "ERI>ETH ETH>ERI"},
		{"China and the Philippines traded accusations on Monday.", "traded", "CHN>PHL PHL>CHN"},
	} {
		d := coded(t, tc.text, time.Time{})
		var pairs []string
		for _, e := range d.Events {
			if d.Text[e.Evidence.Start:e.Evidence.End] == tc.evidence {
				pairs = append(pairs, e.Source.Code+">"+e.Target.Code)
			}
		}
		slices.Sort(pairs)
		if got := strings.Join(pairs, " "); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}

// TestRejectedAccusation: an accusation one rejects is not one's own.
func TestRejectedAccusation(t *testing.T) {
	d := coded(t, "Kyiv says Russian troops abducted the children, an accusation the Kremlin rejects.", time.Time{})
	if e := find(d, "accusation"); e != nil && e.Source.Code == "RUSGOV" {
		t.Errorf("accusation: source %+v, want not the Kremlin", e.Source)
	}
	if e := find(d, "rejects"); e == nil || e.Source.Code != "RUSGOV" {
		t.Errorf("rejects: %+v, want the Kremlin's rejection", e)
	}
}

// TestNoIntention: an intent its holder has none of is negated.
func TestNoIntention(t *testing.T) {
	for _, text := range []string{
		"\"Eritrea has no intention of starting a war,\" he wrote.",
		"Pope Francis has no plans to meet with Bernie Sanders.",
		"Zelenskiy said Russian President Vladimir Putin was afraid to meet him.",
		"Ethiopia has no desire to invade Eritrea.",
		"Abiy said Ethiopia did not want to go to war with Eritrea.",
		"Pyongyang said it has no interest in talks with the United States.",
		"Iran is not interested in talks with Washington.",
	} {
		d := coded(t, text, time.Time{})
		if len(d.Events) == 0 || !slices.ContainsFunc(d.Events, func(e document.Event) bool { return e.Negated && e.Source.Actor != "" }) {
			t.Errorf("%q: no negated event in %+v", text, d.Events)
		}
	}
	// A conjunct with a modal of its own does not share the "not":
	// "did not want war and would seek talks" seeks them.
	d := coded(t, "Ethiopia did not want to go to war with Eritrea and would seek talks with Asmara.", time.Time{})
	if e := find(d, "talks"); e == nil || e.Negated {
		t.Errorf("talks: %+v, want an event not negated", e)
	}
}

// TestOrderedDone checks that the one an order has jailed is not the
// jailer.
func TestOrderedDone(t *testing.T) {
	d := coded(t, "A Turkish court ordered Istanbul Mayor Ekrem Imamoglu to be jailed pending trial.", time.Time{})
	if e := find(d, "jailed"); e != nil && e.Source.Code != "" {
		t.Errorf("jailed: source %+v, want none (the court's order is coded)", e.Source)
	}
}

// TestCalledFor checks that the aid, concessions and inquiries one calls
// for are not one's own doing.
func TestCalledFor(t *testing.T) {
	for _, text := range []string{
		"UNICEF called for the immediate release of the children.",
		"Governor Rick Snyder asked for federal assistance.",
	} {
		d := coded(t, text, time.Time{})
		for _, e := range d.Events {
			if e.Root != "02" && e.Root != "10" && e.Source.Text != "" {
				t.Errorf("%q: %s on %q has source %q, want none", text, e.CAMEO, d.Text[e.Evidence.Start:e.Evidence.End], e.Source.Text)
			}
		}
	}
}

// TestAskedCodes checks that an appeal or a demand takes the CAMEO code
// of what it asks for, and that what one calls for is no event of one's
// own.
func TestAskedCodes(t *testing.T) {
	for _, tc := range []struct{ text, evidence, code string }{
		{"Europe called for an immediate ceasefire.", "called", "0256"},
		{"The Kremlin rejected a European call for an immediate ceasefire.", "call", "0256"},
		{"UNICEF called for the immediate release of the children.", "called", "0253"},
		{"China urged both sides to resume talks.", "urged", "026"},
		{"Hamas demanded the release of 1,000 prisoners.", "demanded", "1053"},
		{"The protesters demanded that the president resign.", "demanded", "1041"},
		{"The EU called on Moscow to withdraw its troops.", "called", "0256"},
		{"Ukraine asked for more air defence systems.", "asked", "020"},
		{"A White House official, who requested anonymity to discuss a private conversation, said the talks failed.", "requested", ""},
	} {
		d := coded(t, tc.text, time.Time{})
		e := find(d, tc.evidence)
		switch {
		case tc.code == "" && e != nil && e.CAMEO != "020":
			t.Errorf("%q: %s coded %s, want no appeal for what it is for", tc.text, tc.evidence, e.CAMEO)
		case tc.code != "" && (e == nil || e.CAMEO != tc.code):
			t.Errorf("%q: %s coded %+v, want %s", tc.text, tc.evidence, e, tc.code)
		}
	}
	if e := find(coded(t, "Europe called for an immediate ceasefire.", time.Time{}), "ceasefire"); e != nil && e.Source.Text != "" {
		t.Errorf("the ceasefire called for is Europe's: %+v", e)
	}
}

// TestVowedClauses checks that a promise told as a clause of what will
// be is coded by what it promises, not as an intent to cooperate.
func TestVowedClauses(t *testing.T) {
	d := coded(t, "Maduro vowed that Venezuela would never surrender.", time.Time{})
	if e := find(d, "vowed"); e != nil {
		t.Errorf("vowed: %+v, want no event of its own", e)
	}
	if e := find(d, "surrender"); e == nil || !e.Negated {
		t.Errorf("surrender: %+v, want a negated event", e)
	}
}

// TestRetaliatedFor checks that what one retaliates for is not one's own
// act.
func TestRetaliatedFor(t *testing.T) {
	d := coded(t, "India struck camps in Pakistan in retaliation for an attack in Kashmir.", time.Time{})
	if e := find(d, "attack"); e != nil && e.Source.Code != "" {
		t.Errorf("attack: source %+v, want none", e.Source)
	}
	// The parse hung the retaliation and what it answers on the base.
	d = coded(t, "Hezbollah targeted an Israeli army base in retaliation for the killing of one of its commanders last week.", time.Time{})
	if e := find(d, "killing"); e != nil && e.Source.Code != "" {
		t.Errorf("killing: source %+v, want none", e.Source)
	}
	// An armed side targets, and a military target is targeted.
	if e := find(d, "targeted"); e == nil || e.Root != "19" || e.Source.Code != "LBNREB" {
		t.Errorf("targeted: %+v, want an attack by Hezbollah", e)
	}
	if e := find(coded(t, "The ads target young voters.", time.Time{}), "target"); e != nil {
		t.Errorf("the ads target voters: %+v, want no event", e)
	}
}

// TestHyphenAgents checks that a name a hyphen joins to a participle
// before its noun is the participle's agent, and the noun its target.
func TestHyphenAgents(t *testing.T) {
	for _, tc := range []struct{ text, evidence, source string }{
		{"EU-mediated talks between Serbia and Kosovo collapsed.", "mediated", "IGO"},
		{"A Qatar-brokered ceasefire took effect.", "brokered", "QAT"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || e.Source.Code != tc.source {
			t.Errorf("%q: %s %+v, want the source %s", tc.text, tc.evidence, e, tc.source)
		}
	}
	// A group a body leads acts for that body.
	if e := find(coded(t, "Hamas-led militants attacked Israel on Oct. 7, 2023.", time.Time{}), "attacked"); e == nil || e.Source.Code != "PSEREB" {
		t.Errorf("Hamas-led militants: %+v, want the source PSEREB", e)
	}
	coded(t, "Iran-backed.", time.Time{}) // the participle the root: no noun to act on, and no panic
	d := coded(t, "The Soviet-backed Derg overthrew Emperor Haile Selassie.", time.Time{})
	if e := find(d, "backed"); e == nil || e.Target.Text != "Derg" {
		t.Errorf("Soviet-backed Derg: %+v, want the Derg backed", e)
	}
}

// TestOwnedPlans checks that the act a plan, proposal or decision with an
// owner of its own names is its owner's, and a plan's is intended.
func TestOwnedPlans(t *testing.T) {
	d := coded(t, "Hezbollah rejected a U.S. plan to disarm the group.", time.Time{})
	if e := find(d, "disarm"); e == nil || e.Source.Code != "USA" || e.Mode != "intended" {
		t.Errorf("disarm: %+v, want the United States', intended", e)
	}
	// An ambition to act is its owner's, and intended.
	d = coded(t, "Eritrea's information minister dismissed the claim as a smokescreen for Ethiopia's ambitions to seize an Eritrean Red Sea port.", time.Time{})
	if e := find(d, "seize"); e == nil || e.Source.Code != "ETH" || e.Mode != "intended" {
		t.Errorf("seize: %+v, want Ethiopia's, intended", e)
	}
	d = coded(t, "Hezbollah said it would treat a Lebanese cabinet decision to disarm the group as if it did not exist.", time.Time{})
	if e := find(d, "disarm"); e == nil || e.Source.Code != "LBN" {
		t.Errorf("disarm: %+v, want the Lebanese cabinet's", e)
	}
}

// TestQuotedFirstPerson checks that "I" and "we" in words quoted from an
// identified speaker stand for the speaker.
func TestQuotedFirstPerson(t *testing.T) {
	d := coded(t, "Kasich spoke to reporters in Ohio on Monday. “This is wrong,” he said. “I reject any proposal to intern anyone.”", time.Time{})
	if e := find(d, "reject"); e == nil || e.Source.Code != "USA" || e.Source.Text != "I" {
		t.Errorf("reject: %+v, want Kasich's (USA), by the words \"I\"", e)
	}
}

// TestAttackToldBefore checks that a definite attack noun naming no
// attacker takes the attacker of the same word's attack on the same
// target told of before, and no other's.
func TestAttackToldBefore(t *testing.T) {
	d := coded(t, "Russia is waging a war on Ukraine, officials said.\n\nLeaders met in Paris on Monday. Macron spoke about the war on Ukraine for an hour.", time.Time{})
	var sources []string
	for _, e := range d.Events {
		if d.Text[e.Evidence.Start:e.Evidence.End] == "war" {
			sources = append(sources, e.Source.Code)
		}
	}
	if strings.Join(sources, " ") != "RUS RUS" {
		t.Errorf("the wars' sources %q, want RUS RUS", sources)
	}
	d = coded(t, "Russia is waging a war on Ukraine, officials said.\n\nMacron spoke about the war on Syria for an hour.", time.Time{})
	for _, e := range d.Events {
		if d.Text[e.Evidence.Start:e.Evidence.End] == "war" && e.Target.Code == "SYR" && e.Source.Code != "" {
			t.Errorf("the war on Syria: source %+v, want none", e.Source)
		}
	}
}

// TestUnknownSides checks that an event whose source is an unresolved
// impersonal or relative pronoun and which has no target is not coded,
// while one with a target still is.
func TestUnknownSides(t *testing.T) {
	for _, text := range []string{
		"The fund, which accepts donations of up to $356,100, grew.",
		"It has dragged its feet on providing debt relief.",
	} {
		if d := coded(t, text, time.Time{}); len(d.Events) > 0 {
			t.Errorf("%q: %+v, want no event", text, d.Events)
		}
	}
	if e := find(coded(t, "The clashes, which killed at least 35 people, ended.", time.Time{}), "killed"); e == nil || e.Target.Text != "people" {
		t.Errorf("the clashes that killed people: %+v, want an event with its target", e)
	}
}

// TestNotApproved checks that talks that could not be approved are kept
// from happening, not held.
func TestNotApproved(t *testing.T) {
	d := coded(t, "The talks could not be approved.", time.Time{})
	for _, e := range d.Events {
		if e.Mode == "asserted" && e.Root == "04" {
			t.Errorf("talks not approved: %+v, want none held", e)
		}
	}
	if e := find(coded(t, "The summit with Putin could not be arranged.", time.Time{}), "summit"); e == nil || e.Mode != "failed" {
		t.Errorf("summit not arranged: %+v, want it failed", e)
	}
}

// TestWireSentences checks sentences of wire stories: a vow to crush an armed group is a threat
// of force (138), not a promise to cooperate; people killed in a definite
// attack told of before were killed by its attacker; talks one will not
// enter into are negated with the verb that carries them; a spokesman who
// says his country will not allow something to be done refuses to ease
// it.
// TestDrillsAroundNoOne: drills or exercises alone are military power
// shown only around someone.
func TestDrillsAroundNoOne(t *testing.T) {
	for _, text := range []string{"The school held a fire drill on Monday.", "The minister called the vote an exercise in futility."} {
		if e := find(coded(t, text, time.Time{}), "drill"); e != nil {
			t.Errorf("%q: %+v, want no event", text, e)
		}
		if e := find(coded(t, text, time.Time{}), "exercise"); e != nil {
			t.Errorf("%q: %+v, want no event", text, e)
		}
	}
}

// TestNamedAndAnswered: what a side calls something is no appeal, and
// the attack it retaliates for is not its own.
func TestNamedAndAnswered(t *testing.T) {
	text := "The fighting began after India struck what it called \"terrorist infrastructure\" in Pakistan in retaliation for an attack on Hindu tourists in Kashmir last month that killed 26 men."
	d := coded(t, text, time.Time{})
	if e := find(d, "called"); e != nil {
		t.Errorf("naming coded as %s: %+v", e.CAMEO, e)
	}
	if e := find(d, "attack"); e != nil && e.Source.Code == "IND" {
		t.Errorf("the attack India answers coded as India's: %+v", e)
	}
}

// TestSanctionsTarget: what sanctions target is not attacked.
func TestSanctionsTarget(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"The European Union on Friday adopted its 17th package of sanctions against Russia, targeting nearly 200 vessels of Moscow's shadow fleet of oil tankers.", "targeting"},
		{"The new sanctions target Russian banks.", "target"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.word); e != nil && e.Root == "19" {
			t.Errorf("%q: %+v, want no attack", tc.text, e)
		}
	}
	if e := find(coded(t, "Israeli jets targeted Hamas positions in Gaza.", time.Time{}), "targeted"); e == nil || e.Root != "19" {
		t.Errorf("Israeli jets targeted Hamas positions: %+v, want an attack", e)
	}
}

// TestTopicOfTalks: what talks are held on is not yet done.
func TestTopicOfTalks(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"The two countries have held several rounds of talks on a security agreement.", "agreement"},
		{"Israel and Hamas held talks on a ceasefire.", "ceasefire"},
		{"Egypt hosts Hamas delegation for talks on Gaza truce", "truce"},
		{"The delegation arrived for talks with Egyptian mediators on a new ceasefire in Gaza.", "ceasefire"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.word); e != nil {
			t.Errorf("%q: %+v, want no event of the talks' topic", tc.text, e)
		}
	}
}

// TestOwnCountryMust: what a leader says his own country must do is no
// demand made of it.
func TestOwnCountryMust(t *testing.T) {
	const text = "Ethiopian Prime Minister Abiy Ahmed has repeatedly said landlocked Ethiopia must secure access to the sea."
	if e := find(coded(t, text, time.Time{}), "said"); e == nil || e.CAMEO != "010" {
		t.Errorf("%q: %+v, want a statement (010), no demand", text, e)
	}
}

// TestToldOf: what reports tell of is not the doing of whoever receives
// or files them.
func TestToldOf(t *testing.T) {
	const text = "Volker Turk said his office had received reports of summary executions, sexual violence and attacks on aid workers."
	if e := find(coded(t, text, time.Time{}), "attacks"); e != nil && e.Source.Text != "" {
		t.Errorf("%q: %+v, want the attacks no source", text, e)
	}
}

// TestUnnamedDoers: who dies in detention did not detain; what has to
// be signed signs nothing; a citizen detained in a case was detained by
// someone unnamed, not by who seeks the release.
func TestUnnamedDoers(t *testing.T) {
	for _, tc := range []struct{ text, word string }{
		{"The agency suspended its operations after one of its staff died in detention.", "detention"},
		{"The accord still has to be signed and ratified.", "signed"},
		{"A ministry spokesman said Paris was in contact with Malian authorities to secure the release of a French citizen detained in the same case.", "detained"},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.word); e != nil && e.Source.Text != "" {
			t.Errorf("%q: %+v, want no source", tc.text, e)
		}
	}
}

// TestApprovedEventIsNoPraise: approving sanctions or a deal carries
// the event approved; it endorses no one (051).
func TestApprovedEventIsNoPraise(t *testing.T) {
	for _, text := range []string{
		"The leaders approved a 19th package of sanctions against Russia.",
		"The cabinet approved the deal with Hamas.",
	} {
		if e := find(coded(t, text, time.Time{}), "approved"); e != nil {
			t.Errorf("%q: %+v, want no event of approving", text, e)
		}
	}
}

// TestThreatenedIsNotDone: the sanctions a bloc threatens are no
// sanctions imposed.
func TestThreatenedIsNotDone(t *testing.T) {
	if e := find(coded(t, "The EU threatened sanctions against Russia.", time.Time{}), "sanctions"); e != nil {
		t.Errorf("threatened sanctions coded as imposed: %+v", e)
	}
}

func TestWireSentences(t *testing.T) {
	for _, tc := range []struct {
		text, evidence, want string
		ok                   func(e *document.Event) bool
	}{
		{"The Taliban have vowed to crush the group, which they regard as the biggest threat to their rule.",
			"crush", "138", func(e *document.Event) bool { return e.CAMEO == "138" }},
		{"Israeli warplanes struck Hezbollah weapons depots in southern Lebanon on Monday.\n\nLebanon's health ministry said three people were killed in the strikes on the village of Aitaroun.",
			"killed", "Israel's", func(e *document.Event) bool { return e.Source.Code == "ISR" }},
		{"\"We will not enter into direct negotiations while the policy of maximum pressure continues,\" Araghchi told state media.",
			"negotiations", "negated", func(e *document.Event) bool { return e.Negated }},
		{"Pashinyan told parliament that Yerevan would not take part in its meetings.",
			"meetings", "negated", func(e *document.Event) bool { return e.Negated }},
		{"The United States said it was not involved in the strikes and urged Iran not to target American interests.",
			"strikes", "negated", func(e *document.Event) bool { return e.Negated }},
		{"\"If the Saudis did not participate in the Sept. 11 attacks, they have nothing to worry about.\"",
			"attacks", "negated", func(e *document.Event) bool { return e.Negated }},
		{"Taliban spokesman Zabihullah Mujahid said Afghanistan was committed to the ceasefire and would not allow any group to act against Pakistan.",
			"allow", "a negated 081", func(e *document.Event) bool { return e.CAMEO == "081" && e.Negated }},
		{"China's military launched large-scale drills around Taiwan on Monday.",
			"drills", "150 around Taiwan", func(e *document.Event) bool { return e.CAMEO == "150" && e.Target.Code == "TWN" }},
		{"U.S. forces held military exercises in Texas.",
			"exercises", "150 without a target", func(e *document.Event) bool { return e.CAMEO == "150" }},
		{"The Sumy regional governor, Oleh Hryhorov, said the missile hit a residential building.",
			"said", "Oleh Hryhorov's statement", func(e *document.Event) bool { return e.Source.Text == "Oleh Hryhorov" }},
		{"Pakistan's director general of military operations called his Indian counterpart on Saturday afternoon.",
			"called", "041, a phone call", func(e *document.Event) bool { return e.CAMEO == "041" }},
		{"Georgia's prime minister accused the opposition of planning a revolution.",
			"planning", "the opposition's", func(e *document.Event) bool {
				return e.Source.Text == "opposition" || e.Source.Text == "the opposition"
			}},
		{"US-Iran talks resumed in Oman on Saturday.",
			"talks", "046 between the United States and Iran", func(e *document.Event) bool {
				return e.CAMEO == "046" && (e.Source.Code == "USA" && e.Target.Code == "IRN" || e.Source.Code == "IRN" && e.Target.Code == "USA")
			}},
		{"The EU threatened sanctions against Russia.",
			"threatened", "1312 against Russia", func(e *document.Event) bool { return e.CAMEO == "1312" && e.Target.Code == "RUS" }},
		{"Katz warned that the military was prepared to resume fighting with full force.",
			"fighting", "no target", func(e *document.Event) bool { return e.Target.Text == "" }},
		{"China imposed sanctions on 20 U.S. defense companies and 10 executives.",
			"sanctions", "163 on the United States", func(e *document.Event) bool { return e.CAMEO == "163" && e.Target.Code == "USA" }},
		{"The leaders approved a 19th package of sanctions against Russia.",
			"sanctions", "163 by the leaders", func(e *document.Event) bool { return e.CAMEO == "163" && strings.Contains(e.Source.Text, "leaders") }},
		{"The State Department approved the sale of missiles to Taiwan.",
			"approved", "0311 to Taiwan", func(e *document.Event) bool { return e.CAMEO == "0311" && e.Target.Code == "TWN" }},
		{"Hungary lifted its veto on the sanctions.",
			"lifted", "080, a yield", func(e *document.Event) bool { return e.CAMEO == "080" }},
		{"Iran says cooperation deal with IAEA void after UN sanctions return",
			"sanctions", "the UN's", func(e *document.Event) bool { return e.CAMEO == "163" && e.Source.Code == "IGO" }},
		{"The World Food Programme suspended its operations in Houthi-held areas last month.",
			"suspended", "1623, aid stopped", func(e *document.Event) bool { return e.CAMEO == "1623" }},
		{"Maduro accused the United States on Thursday of preparing an invasion.",
			"invasion", "the United States' intent", func(e *document.Event) bool { return e.Source.Code == "USA" && e.Mode == "intended" }},
		{"The move marks a shift for President Donald Trump, who had held off on major sanctions against Moscow while he pursued talks with Putin.",
			"sanctions", "sanctions held off, not imposed", func(e *document.Event) bool { return e.Mode == "failed" }},
		{"The move marks a shift for President Donald Trump, who had held off on major sanctions against Moscow while he pursued talks with Putin.",
			"talks", "Trump's talks, held", func(e *document.Event) bool { return e.Mode == "asserted" && e.Source.Code == "USAGOV" }},
		{"The United States imposed sanctions in a bid to pressure Moscow into agreeing to a ceasefire in Ukraine.",
			"ceasefire", "Russia's, pressed into it", func(e *document.Event) bool { return strings.HasPrefix(e.Source.Code, "RUS") }},
		{"Rwanda had failed to withdraw its troops from eastern Congo.",
			"withdraw", "from Congo, not the troops", func(e *document.Event) bool { return e.Target.Code == "COD" }},
		{"Kim Jong Un rejected any dialogue with South Korea, but left the door open to talks with the United States.",
			"talks", "Kim's intent to talk with the US", func(e *document.Event) bool {
				return e.Mode == "intended" && e.Source.Code == "PRKGOV" && e.Target.Code == "USA"
			}},
		{"Kim Jong Un said he had good memories of U.S. President Donald Trump, whom he met three times.",
			"met", "Trump, whom he met", func(e *document.Event) bool {
				return e.Target.Text == "U.S. President Donald Trump" || strings.Contains(e.Target.Text, "Trump")
			}},
		{"Budapest secured a one-year exemption from U.S. sanctions on Russian oil.",
			"sanctions", "the United States' sanctions", func(e *document.Event) bool { return strings.HasPrefix(e.Source.Code, "USA") }},
		{"Obama sealed a free-trade pact in the Asia-Pacific region.",
			"pact", "Obama's pact", func(e *document.Event) bool { return strings.HasPrefix(e.Source.Code, "USA") }},
		{"Turkey detains dozens in crackdown on opposition CHP",
			"detains", "173 of a count of people", func(e *document.Event) bool { return e.CAMEO == "173" }},
		{"Netanyahu said a Palestinian state will not happen and vowed to respond after his return from Washington.",
			"vowed", "a threat (130)", func(e *document.Event) bool { return e.CAMEO == "130" }},
		{"The president vowed that his country would resist any aggression.",
			"vowed", "a threat (130), not an intent to cooperate", func(e *document.Event) bool { return e.CAMEO == "130" }},
		{"Colombia suspended intelligence sharing with the United States over the strikes.",
			"suspended", "ties cut with the United States", func(e *document.Event) bool { return e.CAMEO == "160" && e.Target.Code == "USA" }},
		{"Pakistan announced it was closing its airspace to Indian airlines.",
			"closing", "a restriction (172) on India", func(e *document.Event) bool { return e.CAMEO == "172" && e.Target.Code == "IND" }},
		{"Armenia has frozen its participation in a Russia-led security alliance.",
			"frozen", "ties cut (160)", func(e *document.Event) bool { return e.CAMEO == "160" }},
		{"The EU has threatened to freeze accession talks with Serbia.",
			"freeze", "a threat to halt talks (134)", func(e *document.Event) bool { return e.CAMEO == "134" && e.Target.Code == "SRB" }},
		{"He said a U.S. delegation had not followed diplomatic protocol during a visit to Niamey and had threatened Niger with retaliation.",
			"threatened", "a threat, not negated", func(e *document.Event) bool { return e.CAMEO == "130" && !e.Negated }},
		{"Iran and the United States struck a deal in Vienna.",
			"struck", "a deal made (057), no blow", func(e *document.Event) bool { return e.CAMEO == "057" && e.Source.Code == "IRN" }},
		{"Guyana had placed its defense forces on alert.",
			"placed", "forces readied (152)", func(e *document.Event) bool { return e.CAMEO == "152" && e.Source.Code == "GUY" }},
		{"Kallas said the bloc would not hesitate to impose sanctions if the attacks continued.",
			"sanctions", "sanctions threatened, not ruled out", func(e *document.Event) bool { return e.CAMEO == "163" && !e.Negated }},
		// Proposals floated by someone are theirs.
		{"KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Tuesday that Kyiv would never recognize Russian control over any Ukrainian territory, rejecting proposals floated by U.S. officials ahead of planned peace talks.",
			"proposals", "U.S. officials' proposals", func(e *document.Event) bool { return e.Source.Code == "USAGOV" }},
		// The event a gerund on a noun takes is the noun's doing.
		{"NAIROBI, Kenya (AP) — Kenyan President William Ruto said the police would stay. Ruto, speaking during a visit to Port-au-Prince, said the mission had made progress.",
			"visit", "Ruto's visit", func(e *document.Event) bool { return e.Source.Code == "KENGOV" && e.Target.Code == "HTI" }},
		{"Iran called off the talks with the United States.",
			"talks", "talks called off", func(e *document.Event) bool { return e.Mode == "failed" }},
		{"Militants killed 13 people near the Taj Mahal.",
			"killed", "the people, not the place", func(e *document.Event) bool {
				return e.Target.Actor == "" && strings.HasPrefix(e.Target.Text, "people")
			}},
	} {
		if e := find(coded(t, tc.text, time.Time{}), tc.evidence); e == nil || !tc.ok(e) {
			t.Errorf("%q: %s %+v, want %s", tc.text, tc.evidence, e, tc.want)
		}
	}
}

// TestCharacterizations: calling something a name that judges it
// criticizes (111) or praises (051) it; a name that only names is no
// event. A judgement of a move that sums up a clause is aimed at its
// subject.
func TestCharacterizations(t *testing.T) {
	for _, tc := range []struct{ text, evidence, cameo, source, target string }{
		{"Cambodia called the move regrettable.", "called", "111", "KHM", ""},
		{"China called the visit a provocation.", "called", "111", "CHN", ""},
		{"Kosovo Prime Minister Albin Kurti called the arrest an abduction.", "called", "111", "XKX", ""},
		{"German Chancellor Olaf Scholz called the execution a scandal.", "called", "111", "DEU", ""},
		{"Vucic, the Serbian president, called the resolution \"shameful\" and said Belgrade would review its relations.", "called", "111", "SRB", ""},
		{"Beijing described the sale as a serious violation.", "described", "111", "CHN", ""},
		{"The candidate blasted the plan, calling it absurd.", "calling", "111", "", ""},
		{"Thailand suspended the peace agreement last month, a move Cambodia called regrettable.", "called", "111", "KHM", "THA"},
		{"Thailand suspended the peace agreement last month, a move Cambodia criticized.", "criticized", "111", "KHM", "THA"},
		{"Both sides called the talks constructive.", "called", "051", "", ""},
		// A setback or an attack named is criticism; a ministry that calls
		// is no fragment with a participle.
		{"The German government called the arrest a serious setback for democracy.", "called", "111", "DEU", ""},
		{"Colombia's foreign ministry called the sanctions an attack on the country's dignity.", "called", "111", "COL", ""},
		// "the crackdown" is the latest arrests' doers', however many
		// arrests were told without one.
		{"Georgian police detained three opposition leaders on Wednesday. The ministry said 42 people had been detained overnight. The United States condemned the crackdown.", "condemned", "111", "USA", "GEO"},
		// "the strikes" are the latest attackers', an attack its
		// sentence tells with its doer breaking no tie.
		{"Israeli air strikes killed two people on Thursday, as Israel stepped up attacks it says target Hezbollah fighters. Lebanese President Joseph Aoun condemned the strikes.", "condemned", "111", "LBN", "ISR"},
		// A document criticizes what its author says in it.
		{"Hungary blocked a joint European Union statement criticising Israel's military operation in Gaza.", "criticising", "111", "IGO", "ISR"},
		// So is a rejection of an offer that sums up the clause before.
		{"Maduro said his government had freed 80 detainees and urged the opposition to join talks, an offer opposition leader María Corina Machado rejected.", "rejected", "120", "OPP", "VEN"},
		{"Maduro said his government had freed 80 detainees and urged the opposition to join talks, an offer opposition leader María Corina Machado rejected.", "offer", "", "", ""},
		{"The Pentagon called the operation Midnight Hammer.", "called", "", "", ""},
		{"She described the talks as lasting two hours.", "described", "", "", ""},
	} {
		e := find(coded(t, tc.text, time.Time{}), tc.evidence)
		switch {
		case tc.cameo == "" && e != nil:
			t.Errorf("%q: coded %s", tc.text, e.CAMEO)
		case tc.cameo == "":
		case e == nil:
			t.Errorf("%q: no event on %q", tc.text, tc.evidence)
		case e.CAMEO != tc.cameo || first3(e.Source.Code) != tc.source || first3(e.Target.Code) != tc.target:
			t.Errorf("%q: %s %s -> %s, want %s %s -> %s", tc.text, e.CAMEO, e.Source.Code, e.Target.Code, tc.cameo, tc.source, tc.target)
		}
	}
}

// first3 is the country part of an actor code.
func first3(code string) string { return code[:min(3, len(code))] }

// TestAdversaryOfPossessor: "his main challenger" is of the president's
// country, not of his side.
func TestAdversaryOfPossessor(t *testing.T) {
	d := coded(t, "Cameroon's Biya declared winner\n\nYAOUNDE, Oct 27 (Reuters) - Cameroon's Constitutional Council declared President Paul Biya the winner on Monday, "+
		"as his main challenger claimed victory and called for protests.", time.Time{})
	if e := find(d, "called"); e == nil || e.Source.Actor != "" || e.Source.Code != "CMR" {
		t.Errorf("called: %+v, want no actor, CMR", e)
	}
}

// TestBodyBeforeWhatItIs: a body named before the noun of what it is is
// the side, also where the parse hangs the name on the noun between
// ("Army" a compound of "rebel").
func TestBodyBeforeWhatItIs(t *testing.T) {
	d := coded(t, "Colombia's government and the National Liberation Army rebel group agreed on Friday to extend a bilateral ceasefire.", time.Time{})
	var sides []string
	for _, e := range d.Events {
		if d.Text[e.Evidence.Start:e.Evidence.End] == "agreed" {
			sides = append(sides, e.Source.Code+" "+e.Source.Text)
		}
	}
	if !slices.Contains(sides, "COLREB National Liberation Army rebel group") {
		t.Errorf("sides of \"agreed\": %q, want the rebel group COLREB", sides)
	}
}

// TestOfficeNotItsPlace: detaining a city's mayor is no act against the
// city.
func TestOfficeNotItsPlace(t *testing.T) {
	d := coded(t, "Turkish police detained the mayor of Istanbul on Tuesday.", time.Time{})
	for _, e := range d.Events {
		if e.Target.Text == "Istanbul" {
			t.Errorf("an event against the city: %+v", e)
		}
	}
	if e := find(d, "detained"); e == nil || e.Target.Code != "TURGOV" {
		t.Errorf("detained: %+v, want the mayor, TURGOV", e)
	}
}

// TestStrikesOfWorkers: workers on strike strike no blow.
func TestStrikesOfWorkers(t *testing.T) {
	for _, text := range []string{
		"Transport workers went on strike last week to protest against extortion by gangs.",
		"Doctors in Kenya have been on strike for two weeks.",
	} {
		d := coded(t, text, time.Time{})
		for _, e := range d.Events {
			if e.Evidence.Text == "strike" && e.Root == "19" {
				t.Errorf("%q: force %+v", text, e)
			}
		}
	}
	for _, text := range []string{"Doctors in Kenya have been on strike for two weeks.", "Transport workers went on strike last week."} {
		if e := find(coded(t, text, time.Time{}), "strike"); e == nil || e.CAMEO != "143" {
			t.Errorf("%q: %+v, want 143", text, e)
		}
	}
}

// TestQuotedAsSaying: the one an outlet quotes as saying something says
// it, in the active and the passive.
func TestQuotedAsSaying(t *testing.T) {
	for _, text := range []string{
		"Erdogan was quoted by state broadcaster TRT as saying that the opposition must stop.",
		"State broadcaster TRT quoted Erdogan as saying that the opposition must stop.",
	} {
		if e := find(coded(t, text, time.Time{}), "saying"); e == nil || !strings.Contains(e.Source.Text, "Erdogan") {
			t.Errorf("%q: %+v, want Erdogan the source", text, e)
		}
	}
}
