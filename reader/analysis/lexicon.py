"""Cue words of English news prose: general vocabulary, never names.

These lists say how English marks a kind of name (a title before a person,
a head noun at the end of an organisation), not which names exist: the
names themselves come from the article and from reference data
(reader.analysis.gazetteer).
"""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Words that start sentences capitalised but are not names.
FUNCTION_WORDS = frozenset("""
a an the this that these those there here it its he she they we you i his her their our your my me him them us
in on at by for from to of with without within into onto over under after before since until during despite
while when where whether which who whom whose what why how as if though although because unless and or but nor
so yet also still even just only not no none some any many more most much several few all both each every other
another such same own than then thus however meanwhile moreover furthermore instead otherwise nevertheless
among amid about above below across along around behind beside between beyond near toward towards upon
is are was were be been being has have had do does did will would shall should can could may might must
said says say told according asked added officials police local witnesses residents
one two three four five six seven eight nine ten eleven twelve dozens scores hundreds thousands millions
first second third last next early late earlier later today yesterday tomorrow tonight now recently
mr mrs ms dr sir madam i'm i've i'd i'll i’m i’ve i’d i’ll
""".split())

PERSON_TITLES = frozenset("""
president vice prime minister ministers secretary chancellor premier governor mayor senator sen rep
representative congressman congresswoman ambassador envoy general gen lt col colonel major maj captain capt
commander chief chairman chairwoman chair chairperson spokesman spokeswoman spokesperson director
king queen prince princess sheikh emir sultan pope bishop archbishop imam rabbi cardinal patriarch judge justice
prosecutor lawyer attorney advocate defendant journalist reporter editor activist leader
official officer deputy mp lawmaker dr mr mrs ms professor prof gov sgt supt insp cmdr rev atty
superintendent inspector commissioner sheriff constable sergeant brigadier lieutenant admiral corporal sp dsp asp acp dcp igp
commodore magistrate collector executive ssp
""".split())

ORG_HEADS = frozenset("""
ministry ministries defence defense staff room rooms department council assembly parliament congress senate duma party parties organization
organisation association union court office bank fund programme program agency service services institute
institution centre center committee commission movement forces force army navy police guard guards front
federation league bureau survey watch international group university college school hospital cross crescent
company corporation corp inc ltd plc authority authorities tribunal coalition alliance network foundation
society trust church mission directorate command brigade battalion regiment government administration
secretariat presidium tv radio news times post herald press broadcasting television nations
monitor observatory initiative campaign project collective forum partnership archive tracker images prison jail penitentiary
observer gazette tribune journal chronicle telegraph dispatch courier bulletin frontières frontieres board
ministerio ministério ministère ejército exército armée fuerzas forças partido parti frente policía polícia
fiscalía defensoría procuraduría contraloría secretaría comisión comissão consejo conselho conseil corte cour
congreso congresso asamblea assemblée instituto universidad universidade movimiento movimento asociación
associação federación federação sindicato fundación fundação comité comitê guardia gendarmerie
steel securities holdings partners motors airlines airways industries technologies pharmaceuticals mining logistics
insurance petroleum chemicals ventures investments studios bancorp
""".split())

PLACE_HEADS = frozenset("""
river lake sea ocean gulf bay strait mountains mountain mount range valley desert island islands peninsula plaza
bazaar drive lane boulevard blvd terrace
province region district county state oblast city town village square avenue street road bridge camp
airport port border coast plain plateau basin canal corridor highway republic kingdom emirate base airbase
""".split())

PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "to", "toward", "towards", "across", "outside", "inside",
                                "reached", "reach", "around", "via", "through", "above", "below", "overlooking",
                                # "north of X" (the "of" is passed over)
                                "north", "south", "east", "west", "northeast", "northwest", "southeast",
                                "southwest", "north-east", "north-west", "south-east", "south-west"})
PLACE_NOUNS_BEFORE = frozenset({"town", "city", "village", "region", "province", "capital", "district",
                                "republic", "state", "port", "island", "county", "department", "governorate",
                                "prefecture", "municipality", "commune", "canton", "territory",
                                "towns", "cities", "villages", "regions", "provinces", "districts", "islands",
                                "counties", "departments", "municipalities",
                                # "residents of X", "the outskirts of X" (the "of" is passed over)
                                "residents", "inhabitants", "outskirts", "suburbs", "suburb", "centre", "center",
                                "heart", "streets"})

CONNECTORS = frozenset({"of", "and", "for", "the", "de", "del", "da", "du", "la", "le", "van", "von", "bin",
                        "ibn", "al", "el", "in", "on", "&"})

# Religious, political and other named groups that no country data holds.
GROUP_WORDS = frozenset("""
Muslim Christian Jew Jewish Hindu Buddhist Sikh Sunni Shia Shiite Shi'ite Catholic Protestant Orthodox Alawite
Druze Yazidi Kurd Kurdish Rohingya Uyghur Uighur Pashtun Hazara Tajik Roma Bedouin Tatar Arab Islamist
Communist Democrat Republican Socialist Conservative Liberal Maoist Zionist Evangelical Copt Coptic Baha'i
""".split())

# People named by their role, not by name: a capitalised one opening a
# sentence ("Medics said", "Witnesses told ...") is no entity.
ROLE_NOUNS = frozenset("""
medics paramedics witnesses officials residents rescuers doctors nurses activists protesters protestors analysts
experts villagers survivors relatives authorities investigators observers diplomats sources critics supporters
lawmakers workers soldiers troops militants rebels insurgents gunmen fighters neighbours neighbors locals
firefighters volunteers journalists reporters students teachers farmers engineers scientists researchers
prosecutors lawyers officers guards police residents families parents mourners demonstrators refugees migrants unions
victims meteorologists seismologists climatologists economists epidemiologists
""".split())

# A wire's or a site's mark before a headline ("UPDATE 3-", "BREAKING:"):
# out of the title, and never a name.
WIRE_MARKS = ("UPDATE", "REFILE", "CORRECTED", "RPT", "WRAPUP", "FACTBOX", "EXCLUSIVE", "BREAKING", "URGENT", "FLASH",
              "ALERT", "LIVE", "WATCH")
WIRE_MARKS_SET = frozenset(WIRE_MARKS)

# Abbreviations of things, not of names: never an organisation by themselves.
COMMON_ACRONYMS = frozenset("""
PDF HTML URL FAQ GPS DNA HIV AIDS COVID CEO CFO PM AM GMT UTC TV SMS ID AI GDP VAT RSS USB OK LGBT LGBTQ LGBTQI
CCTV ICU IED RPG MP3 JPEG PNG CSV API SIM PIN ATM IQ IVF MRI VIDEO FYI ASAP FWD RE PS FIR SHO
""".split()) | WIRE_MARKS_SET | frozenset(
    # a broadcast transcript's labels ("JANE DOE, BYLINE:", "(CROSSTALK)")
    "BYLINE HOST ANCHOR ANNOUNCER CROSSTALK SOUNDBITE INAUDIBLE LAUGHTER APPLAUSE".split())
