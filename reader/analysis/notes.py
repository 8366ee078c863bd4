"""Stage 3: blocks -> article blocks and publisher notes (nothing lost).

Every block ends as exactly one of: an article block (paragraph candidate)
or a note with a kind. The rules are general, never phrases of one sample:

* page furniture vocabulary (menus, players, share bars, newsletter and
  cookie boxes, copyright and legal notices), matched only on blocks short
  or shaped enough to be furniture;
* page context from HTML (landmarks, roles, class and id words);
* the publisher's own voice ("our content", "contact us") outside quotes;
* repetition (an image's alt text then its caption: the repeat is a note);
* adjacency (a title right above a media player is the video's title; a
  name line followed by a blurb that starts with that name is a service box);
* position (short chrome before the headline).
"""

from __future__ import annotations

import re

from reader import rx, tables
from reader.readers.block import HEADLINE, HINT_EXTRA, HINT_MAIN, Block

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import NoteKind

ARTICLE = "article"

_I = re.IGNORECASE


def _rx(*patterns: str) -> re.Pattern[str]:
    return rx.compile("|".join(f"(?:{p})" for p in patterns), _I)


# Whole-block patterns: the block is nothing but this furniture.
_NAV_WHOLE = _rx(
    r"(?:skip to|jump to) (?:main )?(?:content|navigation|search|menu)\b.*",
    r"accessibility (?:links|help|statement)",
    r"(?:breaking|latest|top|more) news",
    r"(?:main )?menu",
    r"home(?:page)?",
    r"search(?: \w+)?",
    r"like(?: loading)?\W*",  # a blog's like button: "Like Loading..."
    r"(?:e-?mail|share|print|save|gift|send) this (?:article|story|page|post)\W*",
    r"(?:loading|show|hide|view|jump to|load|see all|read all) (?:all |more |the )?comments?\W*(?:\(\d+\))?",
    r"a\s*a\s*a|a-?\s*a\+?",  # font-size buttons
    r"translate(?: this (?:page|article|story))?\W*",
    r"open (?:in|the) app\W*",
    r"(?:sign|log) (?:in|out|up)",
    r"register",
    r"my account",
    # "Log in to post comments", "Sign in or register to comment"
    r"(?:(?:log|sign) ?in|register)(?: or (?:register|sign up))? to (?:post |leave |add |write )?(?:a )?comments?\W*",
    r"print(?: this (?:article|page))?",
    # a forum's post buttons and sorter: "Share Save Report", "Sort by: best"
    r"(?:share|save|report|hide|reply|award|give award)(?: (?:share|save|report|hide|reply|award|give award)){1,5}",
    r"sort by\s*:?\s*\w{0,20}",
    r"share(?: (?:this|the|full|on \w+|via \w+))*(?: (?:article|story|page))?\W*",
    r"(?:e-?mail|tweet|facebook|twitter|whatsapp|telegram|linkedin|reddit|copy link|x)",
    r"(?:previous|next)(?: (?:article|story|page))?",
    r"back to top",
    r"comments?(?: \(\d+\))?",
    r"(?:\d+ )?comments?",
    r"listen(?: to (?:this )?(?:article|story))?(?:\s*[|\u00b7-]?\s*\d+ min(?:ute)?s?)?",
    r"advertisement",
    r"advertising",
    r"download (?:the )?(?:full )?(?:report|pdf|document|study)(?: \(?pdf\)?)?\W*",
    r"https?://\S+|www\.\S+",
    r"(?:show )?key events(?: only)?",
    r"follow us\W*",
    r"(?:leave|add|post|write|view) (?:a )?comments?",
    r"(?:please )?(?:turn on|enable|activate) javascript\b.*",
    r"javascript is (?:required|disabled|off)\b.*",
    r"save(?: (?:article|story|for later))?|bookmark",
    r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)\W*",
    r"advertisement\W+scroll to continue\W*",
    r"continue reading(?: the main story| below)?\W*",
    r"supported by",
    r"opens? (?:in )?(?:a )?new (?:tab|window)\W*",
    r"(?:purchase|request) licensing rights\W*",
    r"gift this article\W*",
    r"keep reading\W*",
    r"\d+ min(?:ute)?s? read\W*",
    r"(?:listen|watch)\s*[\u00b7|:-]?\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?: min(?:utes?)?)?\W*",
    r"(?:sponsored|advertisement|ad) ?(?:content|feature)?",
    r"loading\W*",
    r"close",
    r"(?:show|read) (?:more|less)",
    r"see all",
    r"view (?:all|more|comments)",
    r"continue reading",
    r"(?:a|aa|font size|text size)[\s+-]*",
    # Menus: News | Sport | Weather, Home > World > Asia. Possessive "++"
    # keeps a 5,000-letter word from backtracking through every split.
    r"(?:[\w'&-]++ ?){1,3}(?: \| (?:[\w'&-]++ ?){1,3}){2,}",
    r"(?:[\w'&-]++ ?){1,3}(?: [\u00b7\u2022/>\u203a\u00bb] (?:[\w'&-]++ ?){1,3}){1,}",
)
_NAV_ANY = _rx(
    r"\bclick here\b",
    r"\btap here\b",
    r"\bfollow us on\b",
    r"\bshare (?:this|on)\b",
    r"^(?:follow|find) [\w .@'-]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|telegram|whatsapp|y"
    r"outube|tiktok|"
    r"mastodon|google news|apple news)\b",
    r"\bskip (?:to|ad)\b",
    r"\b(?:read|view) (?:this )?(?:email |post |newsletter )?(?:in|on) (?:your |the )?(?:browser|web|app)\b",
    r"\bissue (?:no\.? ?|#)\d+\b",
)
_MEDIA_WHOLE = _rx(
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*",  # 0:00 0:02:56 0:00
    r"please wait\W*",
    r"please use .{1,40} browser\b.{0,60}",
    r"no media source (?:is )?currently available\W*",
    r"(?:\d+x\d+ )?image",
    r"(?:play|pause|watch|replay|mute|unmute)(?: (?:video|audio|now|again))?\W*",
    r"(?:video|audio|photo|gallery|slideshow|podcast|embed)(?: \d+)?",
    r"(?:embed|download|share) (?:video|audio|this video)\W*",
    r"your browser does(?: not|n't) support .*",
    r"(?:media|video|audio) (?:player|caption).*",
    r"(?:image|photo|picture) (?:source|credit)s?[,:].*",
    r"(?:image|photo|video|media) caption\W*",
    r"(?:photo(?:graph)?|image|picture|video)s?: ?[\w .,/&'-]{1,60}",
    r"(?:photo|video|image|picture) galler(?:y|ies)\W*",
    r"watch(?: live| now| the video| video)?\W*",
    # a picture's credit line: "Photo courtesy of ...", "File photo", "Credit: Jane Doe/Reuters"
    r"(?:photo|image|picture)s? (?:courtesy(?: of)?|by) [\w .,/&'-]{2,60}",
    r"\(\s*(?:(?:photo|image|picture) )?credits?\s*:\s*[\w .,/&'-]{2,60}\)",  # "(Credit: Jane Roe / Agency)"
    r"(?:file|archive|stock) (?:photo|picture|image)\W*",
    r"credits?\s*:\s*[\w .,/&'-]{2,60}",
    r"\(?(?:reuters|afp|ap|epa|getty images)\)?(?:/[\w .'-]+)?",
    r"\d+ (?:photos|images|pictures|videos)",
    r"(?:view|open) (?:gallery|image|photo|slideshow).*",
    r"(?:copyright )?(?:getty images|afp|ap|reuters|epa|shutterstock)(?: via [\w ]+)?",
    # an audio player's line: "Listen to this article \u00b7 12:41 min", "Listen to the story"
    r"(?:listen|hear)(?: to)? (?:this|the) (?:article|story|report)\b.{0,30}",
    # a radio page's player: "3-Minute Listen", "Playlist"
    r"\d+[- ]min(?:ute)?s?\.? (?:listen|watch)\W*",
    r"(?:add to )?playlist\W*",
)
# A forwarded e-mail's wrapping: its header lines, the forwarder's aside,
# the phone's signature.
# A forum's copy of a story: the poster's aside, the votes, a comment's header
_FORUM_WHOLE = _rx(
    r".{0,60}\b(?:paywall(?:ed)?|reposting|reposted|copied (?:the|from)|full text)\b.{0,60}",
    r"[\d.,]+\s*k?\s+(?:upvotes?|points|likes|votes)\b.{0,40}",
    r"level \d+\s*\u00b7.{1,60}",
)
_MAIL_WHOLE = _rx(
    r"-*\s*(?:forwarded|original) message\s*-*",
    r"begin forwarded message\W*",
    r"(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S.{0,150}",
    r"sent from my [\w ]{2,30}",
    r"(?:fyi|fwiw)\b.{0,60}",
)
_LEGAL_ANY = _rx(  # forms only a legal notice takes
    r"\u00a9",
    r"\(c\) ?\d{4}",
    r"\ball rights reserved\b",
    r"\bterms (?:of|and) (?:use|service|conditions)\b",
    r"\bprivacy (?:policy|notice|settings)\b",
    r"\b(?:we|this site|our site|this website) uses? cookies\b",
    r"\bcookie (?:policy|settings|preferences)\b",
    r"\bmay not be (?:published|reproduced|broadcast|redistributed)\b",
    r"\bwithout (?:prior )?written permission\b",
    r"\blegal notice\b",
    r"\bgdpr\b",
    # a transcript's disclaimer: "This text may not be in its final form ..."
    r"\bmay not be in (?:its|their) final form\b",
)
_LEGAL_WEAK = (
    _rx(  # words an article may use too: legal only in a short block, in the publisher's voice or after a note
        r"\bcopyright\b",
        r"\bundesirable organi[sz]ation\b",
        r"\bforeign agent\b",
        r"\bfines? or imprisonment\b",
        r"\bdisclaimer\b",
        r"\bcookies?\b",
    )
)
_PUBLISHER_ANY = _rx(
    r"\bnewsletters?\b",
    r"\bsubscri(?:be|ption)\b",
    r"\b(?:free|paid|become|becoming)\b[^.]{0,20}\bsubscriber",
    r"\breader-supported\b",
    r"\bbecome an? (?:member|supporter|patron|subscriber)\b",
    r"\bsign up\b",
    r"\bdownload (?:our|the) (?:[\w' ]{0,40} )?app\b",
    r"\bsupport (?:our|independent) (?:journalism|reporting|newsroom)\b",
    r"\bdonate\b",
    r"\bcontact us\b",
    # "Follow The Daily Sentinel on WhatsApp for real-time updates"
    r"\bfollow (?:us|[A-Z][\w&' ]{0,40}?) on (?:whatsapp|telegram|twitter|x|facebook|instagram|google news|youtube|tik"
    r"tok)"
    r" (?:for|to get)\b",
    r"\bsend (?:us )?(?:a )?(?:news )?tips?\b",
    r"\bget (?:the|our) (?:latest|best)\b.*\b(?:inbox|email)\b",
    r"\bdelivered (?:to|straight to) your inbox\b",
    # a wire's credits open their line or follow a bracket or semicolon ("according to figures compiled by X" is prose)
    r"(?:^|[(;]\s*)(?:reporting|editing|writing|compiled) by\b",
    r"\bthis (?:article|story|post|page|report|piece) (?:was|has been) (?:updated|corrected|amended)\b",
    r"^this (?:is|was) a summary of\b",  # a briefing's preamble: "This is a summary of what was said by ..."
    # an affiliate or sponsor's disclosure: "We may receive compensation when you click ...",
    # "advertisers do not influence our picks"
    r"\bwe (?:may )?(?:receive|earn) (?:a )?(?:compensation|commission)\b",
    r"\badvertisers do not influence\b",
    r"\bsubmit (?:your|a) (?:letter|story|tip|news|photo)",
    r"\balready an? (?:subscriber|member)\b",
    r"\bsupport(?:ing)? (?:our|us|the) (?:work|journalism|reporting|newsroom|mission)\b",
    r"^help us (?:continue|keep|to)\b",
    r"^(?=.{60})follow [\w .@'&-]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|telegram|whatsapp"
    r"|youtube|tiktok)\b",
    # an e-mail newsletter's footer
    r"\byou (?:are|were) receiving this (?:e-?mail|newsletter|message)\b",
    r"\bunsubscribe\b",
    r"\b(?:our|the) mailing address\b",
    r"\bupdate your (?:e-?mail )?preferences\b",
    r"\bcontributed (?:to this report|reporting)\b",
    r"\bsave (?:this |articles? |stories )?(?:to read later|for later)\b",
    r"\breading list\b",
    r"\bplease (?:visit|contact|see)\b",
    r"\bour standards\b",
    r"\btrust principles\b",
    r"\b(?:was|is) (?:originally|first) published (?:by|in|on)\b",
    r"\bread the (?:full|original) (?:story|article)\b",
    r"\bfor more information\b",
    r"\b(?:press|media) (?:contacts?|office|enquiries|inquiries)\b",
    # an e-mail address, tried only where a token starts (inside a word the
    # engine would rescan the word from every letter)
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+",
    r"\+\d[\d\s().-]{7,}\d",
    # a campaign's call to action: "TAKE ACTION: WRITE AN APPEAL ...", "Please write to: ..."
    r"\bpart of (?:our|a|the) (?:[\w-]+ )?series\b",
    r"^take action\b",
    # a correction's note: "An earlier version of this article misstated ..."
    r"\ban? (?:earlier|previous) version of this (?:article|story|report|post)\b",
    r"^please (?:write to|take action|check with|send (?:your )?appeals?)\b",
    r"^preferred language\b",
)
# an author's note: "Ana Ionova is a reporter based in Rio de Janeiro." (tried at the block's start only)
_AUTHOR_NOTE = rx.compile(
    r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3} (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}(?:reporter|"
    r"correspondent|journalist|writer|editor|columnist|photographer|producer|contributor)\b"
)
_PUBLISHER_WHOLE = _rx(
    r"by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,5}(?:\s*(?:,|and|&)\s*[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})*(?:\s*[,|-]\s*["
    r"\w .'/-]{2,40})?",
    r"(?:published|updated|posted|last updated|first published)(?: on| at)?\b.{0,60}",
    r"(?:situation |information )?as (?:of|at) .{0,40}\d{4}.{0,12}",
    r"reporting from [A-Z].{1,60}",
    r"(?:interview|conversation|q&a) (?:by|with) [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}",  # "Interview by Jane Roe"
    r"from (?:the |our )?[\w' ]{1,30} (?:desk|newsroom|bureau)",  # "From the Newsline world desk"
    # a label with a numeric date: "LIVE TV TICKER - ARCHIVE 25/11/2026", "Correction appended"
    r"[a-z][a-z ]{2,40}\s*[-\u2013|:]\s*(?:[a-z]+ )?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}",
    r"corrections? appended",
    r"from wikipedia, the free encyclopedia",
    r"retrieved from\s+\S.{0,200}",
    # a channel's handle and audience, a post's view count: "@somechannel \u00b7 48.2K subscribers", "31.5K views"
    r"@\w{3,}(?:\s*[\u00b7|\u2022-]\s*[\d.,]+\s*[km]?\s+(?:subscribers|followers|members))?",
    r"\W*[\d.,]+\s*(?:[km]\b|views\b)\W*(?:(?:edited\s+)?\d{1,2}:\d{2}\W*)?",
    # a programme's credit: "Heard on Morning Edition"
    r"(?:as )?(?:heard|aired|broadcast|featured) on [A-Z][\w .'&-]{1,40}",
    r"(?:(?:issued|published|updated|modified|posted|first published)(?: on)?:?\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\S*\s*"
    r"(?:-\s*)?(?:\d{1,2}[:.]\d{2}\S*\s*)?)+",  # "Issued on: 12/03/2025 - 10:15 Modified: 12/03/2025 - 18:40"
    # "Reporting from Rio de Janeiro": where the byline's reporters were
    r"\d+ min(?:ute)?s?\.? (?:reading time|read)\W*",
    # "Jane Doe / Agency / Updated: Aug 22, 2025, 10:47 IST": a byline with its time stamp
    r".{0,60}\b(?:updated|published|posted)\s*:?\s*(?:on\s+)?(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|"
    r"oct|nov|dec)[a-z]*\.? .{0,40}",
    # a report's "As of 18 March 2026"
    r"(?:support us|donate now|join us|become a (?:member|supporter|patron)|membership)\W*",
    r"\d+ (?:min(?:ute)?s?|hours?|days?) (?:ago|read)",
    r"(?:est(?:imated)? )?reading time.{0,20}",
    r"(?:staff|wire) (?:reporter|writer|report)s?",
    r"(?:by )?(?:the )?associated press|(?:by )?reuters|(?:by )?afp",
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? .{0,40}\d{4}.{0,20}",
    r"(?:mon|tue|wed|thu|fri|sat|sun)\.?,? \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
    r"\d{4}.{0,20}",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?:,? \d{1,2}:\d{2}.{0,40})?",
    r"\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*,? \d{4}(?:,? \d{1,2}:\d{2"
    r"}.{0,12})?",
    r"\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}.{0,10})?",
    # a name and a date: "Jane Doe \u00b7 Sep 14, 2025", "Jane Doe | 14 September 2025"
    r"[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}\s*[\u00b7|\u2022,-]\s*(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|s"
    r"ept|oct|nov|dec)[a-z]*\.?(?: \d{1,2})?,? \d{4}",
    # a bare time stamp, as live pages put over each update: "16.40 GMT", "10:42 am ET", "9:05pm"
    r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|JST"
    r"|AEST|AEDT)?",
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}",
    r"(?:[\w'-]+ ){0,4}(?:correspondent|reporter|editor|writer|producer|bureau chief|contributor|columnist|"
    r"analyst|photographer)s?",
    r"(?:sources?|with (?:additional )?reporting (?:from|by)|additional reporting by)\s*:?.{0,80}",
    r"press release|news release|statement|media advisory",
    # a page's labelled fields: "News date : 04/21/2022 Category : Press Releases", "Release Date:", "Last Modified:"
    r"(?:(?:news|release|publication|published|posted|post|issue) )?date\s*:.{0,60}",
    r"categor(?:y|ies)\s*:.{0,60}",
    r"(?:last )?(?:modified|updated)\s*:.{0,60}",
    r"(?:[\w-]+\.)+(?:com|net|org|info|news|tv)",  # a site's name as its address: "EXAMPLENEWS.COM"
    r"for immediate release|embargoed (?:until|for) .{1,40}",
    r"report an? (?:error|typo|correction|mistake)\W*",
    r"(?:corrections?|editorial|ethics) polic(?:y|ies)\W*",
    # a bulletin's promise of more: "More follows.", "This is a developing story and will be updated."
    r"more (?:follows|to follow|to come)\W*",
    r"(?:this is a )?(?:developing|breaking)(?: news)? story\b.{0,60}",
    r"this (?:story|article|report) (?:will be|is being) updated\W*.{0,30}",
    r"(?:submitted|posted|written) by [A-Z][\w .'-]{1,40}(?: on .{1,40})?",  # "Submitted by Jane Roe on Tue, ..."
    r"(?:photographs|photos|photography|video|videos|illustrations?|graphics|maps?) by [A-Z].{1,60}",
    # "Editor: Zhang Long", "Translated by ...": the desk's credits
    r"(?:editors?|edited by|writers?|authors?|translated by|translators?|reporters?|producers?)\s*:\s*[A-Z][\w .,'&-]{"
    r"1,60}",
    r"translated by [A-Z][\w .,'&-]{1,60}",
    # a wire's end mark: "Enditem", "-- END --", and its desk's initials: "bur-jm/ad"
    r"end ?item|-*\s*end\s*-*|\(end\)",
    r"[a-z]{2,4}(?:[-/][a-z]{2,4}){1,5}",
)
_RELATED_WHOLE = _rx(
    r"(?:related|more|recommended) (?:coverage|stories|videos|reading)\W*",
    r"recommended(?: for you)?\W*",
    r"trending(?: now)?\W*",
    r"(?:trending|visual|top|latest|popular|more|related|web) stories\W*",
    r"explore more(?: on (?:these|this) (?:topics?|story|subjects?))?\W*",
    r"related (?:topics|stories|articles|content|links|coverage|reading|news)\W*",
    r"(?:related|read more(?: from [\w ]{2,30})?|read also|keep reading|continue reading|see also|more from [\w ]+|mos"
    r"t (?:read|popular|viewed)|you (?:may|might) also like|recommended|more stories|trending|also read|read next|what"
    r" to read next|more on this story)\W*(?:[:|\-\u2013\u2014].*)?",
    r"(?:tags?|topics?|filed under|categories|keywords)\s*:.*",
    r"(?:tags|topics|more topics)",
    r"(?:#[^\W\d][\w-]*\s*){1,12}",
)  # a post's hashtags
_OUR_VOICE = rx.compile(r"\b(?:our|us)\b", _I)
_OUR_NOUNS = rx.compile(
    r"\b(?:content|website|site|newsletter|journalism|reporting|app|readers|cookies|privacy|"
    r"audience|coverage|articles|stories|newsroom|service|platform|podcast|channel|account)\b",
    _I,
)
# "our" or "us" a few words from one of those nouns: "support our journalism",
# "sign up to our newsletter" (not "told our staff that ... a displacement site")
_OUR_THING = rx.compile(r"\b(?:our|us)\b(?:\W+\w+){0,3}?\W+" + _OUR_NOUNS.pattern, _I)
_QUOTED = rx.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_PUBLISHER_BLURB = rx.compile(
    r"\b(?:offers?|provides?|delivers?|is (?:a|an|the) (?:leading|independent|nonprofit|non-profit)|"
    r"reporting|coverage|audience|journalism|news and|broadcasts?|publishes)\b",
    _I,
)
_CAPTION_MARK = rx.compile(
    r"\((?:file |archive |illustrative |stock )?(?:photo|picture|image|photograph)(?:[^)]{0,60})\)\s*$|"
    r"\b(?:photo|photograph|picture|image|credit)\s*(?:by|:)\s*[\w .,/&'-]{2,60}$|"
    r"\b(?:AP Photo|REUTERS|AFP|EPA|Getty Images)(?:/[\w .'-]+)?\)?\s*$",
    _I,
)
# A metadata line of dotted fields ending in a date: "UA 48/26 \u00b7 Index: AFR 64/1234/2026 \u00b7 Eritrea \u00b7
# Date: 2 May 2026" (its dots count as words, hence a longer limit than other whole-line furniture)
_DOTTED_META = rx.compile(r"(?=[^\n]*\b(?:19|20)\d\d\b)(?:[^\u00b7\n]{1,40}\s\u00b7\s){2,}[^\u00b7\n]{1,40}")
# A reference list's entry: '1. "Title of the story". Publisher. 20 March 2026.', '^ "Title" ...'
_CITATION = rx.compile(r"(?:\d{1,3}\.|\^|\[\d{1,3}\])\s*\^?\s*[\"\u201c][^\"\u201d]{3,200}[\"\u201d]\.?\s.{0,200}")
_CITATION_OPENERS = frozenset("0123456789^[")
_ALNUM = rx.compile(r"[^\W_]")  # (a rule of underscores "___" has none)
_BULLET = rx.compile(r"^[\u2022\u2023\u25aa\u25cf\u00b7*+>|-]+\s*")
_END = rx.compile(r"[.!?\"'\u201d\u2019)]$")


class Labelled:
    """A block and what the rules have made of it so far (they revise it)."""

    __slots__ = ("block", "label", "role")

    def __init__(self, block: Block, label: str, role: str = "") -> None:
        self.block = block
        self.label = label  # ARTICLE or a NoteKind
        self.role = role  # for article blocks: "caption" when the block is an image caption


def words(text: str) -> int:
    return text.count(" ") + 1


def title_like(text: str, strict: bool = False) -> bool:
    """A short line with no closing punctuation and mostly (strict: all but
    one in ten) capitalised words."""
    n = words(text)
    if n > 20 or _END.search(text) and not text.endswith(('"', "\u201d")):
        return False
    tokens = [t for t in text.split() if len(t) > 3 and t[0].isalpha()]
    if not tokens:
        return n <= 6
    caps = sum(1 for t in tokens if t[0].isupper())
    return caps / len(tokens) >= (0.9 if strict else 0.6)


_DATELINE = rx.compile(
    r"^(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*)(?:,(?: [A-Z][\w.'-]+){1,3})?(?: \([\w .&/-]{2,30}\))?"
    r"\s*(?:--|\u2014|\u2013|-|:)\s"
)


def has_dateline(text: str) -> bool:
    """NUR-SULTAN -- ..., SYLHET, Bangladesh (Agency) - ..., AREQUIPA, Peru \u2014 ..."""
    return bool(_DATELINE.match(text))


def heading_like(text: str) -> bool:
    """A subheading in plain text: short, capitalised, no closing punctuation
    (quoted words count: "'No warning'", as some sites title a section)."""
    return (
        words(text) <= 12
        and text.lstrip("'\"\u2018\u201c")[:1].isupper()
        and not text.rstrip("'\"\u2019\u201d").endswith((".", ",", ";", ":", "!"))
        and not text.isupper()
        and (not text.endswith("?") or words(text) <= 8)
    )


def whole_line_furniture(text: str) -> bool:
    """Is this line, by itself, a piece of page furniture (menu, player ...)?"""
    text = _BULLET.sub("", text)
    return (
        words(text) <= 12
        and len(text) <= 200
        and any(rx.fullmatch(text) for rx in (_MEDIA_WHOLE, _NAV_WHOLE, _RELATED_WHOLE, _PUBLISHER_WHOLE))
    )


def stands_alone(text: str) -> bool:
    """A line that is page furniture by itself, or a title of three words
    or more, is never part of a hard-wrapped paragraph (the text reader's
    question, answered here so that the reader needs no analysis)."""
    return whole_line_furniture(text) or (title_like(text, strict=True) and text.count(" ") >= 2)


# Substrings without which a pattern cannot match: checked first (a plain
# substring test is far cheaper than a search with many alternatives).
_LEGAL_ANCHORS = (
    "\u00a9",
    "(c)",
    "copyright",
    "rights reserved",
    "terms ",
    "privacy",
    "cookie",
    "undesirable",
    "foreign agent",
    "imprisonment",
    "may not be",
    "written permission",
    "disclaimer",
    "legal notice",
    "gdpr",
)
# A substring that each _PUBLISHER_ANY alternative needs: the (slow) pattern
# runs only on a block that holds one.
_PUBLISHER_ANCHORS = (
    "newsletter",
    "subscri",
    "sign up",
    "download",
    "support ",
    "donate",
    "contact us",
    "tip",
    "inbox",
    "reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "updated",
    "corrected",
    "amended",
    "contributed",
    "later",
    "reading list",
    "please ",
    "information",
    "press ",
    "@",
    "+",
    "email",
    "standards",
    "principles",
    "published",
    "read the",
    "reader-supported",
    "become a",
    "summary of",
    "media ",
    "follow ",
    "receiving this",
    "mailing address",
    "preferences",
    "take action",
    "preferred language",
    "series",
    "version of this",
    "compensation",
    "commission",
    "advertisers",
    "submit",
    "already a",
    "supporting",
    "help us",
)
_NAV_ANCHORS = ("click here", "tap here", "follow", "find ", "share", "skip", "browser", " web", " app", "issue")
_CAPTION_ANCHORS = ("photo", "picture", "image", "credit", "reuters", "afp", "epa", "getty")


_YEAR = rx.compile(r"\b(?:19|20)\d\d\b")


def _has_year(text: str) -> bool:
    return bool(_YEAR.search(text))


def _has(low: str, anchors: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, anchors))


def furniture(block: Block) -> NoteKind | None:
    """The note kind that the block's own text (and page context) shows."""
    return text_furniture(block) or _from_hints(block)


def text_furniture(block: Block) -> NoteKind | None:
    """The note kind that the block's own text shows (its tag included, its page context not)."""
    text = _BULLET.sub("", block.text)
    if not _ALNUM.search(text):
        return "other"
    if len(text) > 2000 and " " not in text[:2000]:
        return None  # one enormous word: no furniture pattern can fit it
    if block.tag == "img":
        return "media"  # an image's alt text standing alone
    if block.tag == "meta":
        return "publisher"  # front matter: title, author, date, tags
    return _furniture_by_shape(block, text) or _furniture_by_words(text)


# fields in a row around a date: "January 13, 2020 at 08:45 AM | categories: Python | View Comments" (not a table's row)
_FIELDS_ROW = re.compile(r"(?=[^\n]*\b(?:19|20)\d\d\b)(?:[^|\n]{1,50}\s\|\s){2,}[^|\n]{1,50}")
_NEW_TAB = re.compile(r"(?<=\w),?\s*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?\W*$", re.IGNORECASE)


def _legal(text: str, n: int) -> bool:
    """A legal notice: its forms, or a legal word in a short line or in the publisher's voice."""
    if not _has(text.casefold(), _LEGAL_ANCHORS):
        return False
    if _LEGAL_ANY.search(text) and (n <= 60 or _OUR_VOICE.search(_QUOTED.sub("", text))):
        return True
    return bool(_LEGAL_WEAK.search(text) and (n <= 12 or _OUR_VOICE.search(_QUOTED.sub("", text))))


def _furniture_by_shape(block: Block, text: str) -> NoteKind | None:
    """Legal notices, headings over links, and short lines that are furniture whole."""
    text = _NEW_TAB.sub("", text)  # "Purchase Licensing Rights, opens new tab": a link's words for screen readers
    n = words(text)
    # Cheapest tests first; a long paragraph is never furniture by its words.
    if n <= 150 and _legal(text, n):
        return "legal"
    if block.level >= 2 and n <= 20 and _RELATED_WHOLE.fullmatch(text):
        return "related"  # a heading over links: "Keep reading", "More on this story"
    if n <= 24 and "\u00b7" in text and _DOTTED_META.fullmatch(text):
        return "publisher"  # "By Jane Roe \u00b7 30 September 2026 \u00b7 4 min read" (not a "News \u00b7 World" menu)
    if n > 12 or len(text) > 200:
        return None
    return _whole_line_kind(block, text)


def _whole_line_kind(block: Block, text: str) -> NoteKind | None:
    """A short line that is furniture whole: a player's, a menu's, a byline."""
    if _MEDIA_WHOLE.fullmatch(text):
        return "media"
    if _MAIL_WHOLE.fullmatch(text) or _FORUM_WHOLE.fullmatch(text):
        return "other"
    if (
        _NAV_WHOLE.fullmatch(text)
        and not ("row" in block.hints and tables.is_row(text))
        and not (_has_year(text) and _PUBLISHER_WHOLE.fullmatch(text))
    ):
        return (
            "navigation"  # (a table's row of cells is no "News | Sport" menu; "Jane Roe \u00b7 28 April 2025" a byline)
        )
    if _PUBLISHER_WHOLE.fullmatch(text) or "row" not in block.hints and _FIELDS_ROW.fullmatch(text):
        return "publisher"
    return None


def _furniture_by_words(text: str) -> NoteKind | None:
    """Related-links lines, references, the publisher's calls and voice."""
    n = words(text)
    low = text.casefold()
    if n <= 20 and _RELATED_WHOLE.fullmatch(text):
        return "related"
    if n <= 60 and text[:1] in _CITATION_OPENERS and _CITATION.fullmatch(text):
        return "related"  # an entry of the page's references
    if n <= 40 and (_has(low, _PUBLISHER_ANCHORS) and _PUBLISHER_ANY.search(text) or _AUTHOR_NOTE.match(text)):
        return "publisher"
    if n <= 15 and _has(low, _NAV_ANCHORS) and _NAV_ANY.search(text):
        return "navigation"
    if n <= 80 and _OUR_VOICE.search(text):
        unquoted = _QUOTED.sub("", text)
        if _OUR_THING.search(unquoted) and not _QUOTED.search(text):
            return "publisher"
    return None


# Page context -> note kind, first match wins: (hints any of which tells it,
# hints that veto it, kind). Examples: a block under class="newsletter-box"
# is a publisher note; under class="gallery" a media note unless it is a
# slide's caption; under <footer> a publisher note.
_CAPTIONS = frozenset({"caption", "figcaption"})
HINT_RULES: tuple[tuple[frozenset[str], frozenset[str], NoteKind], ...] = (
    (frozenset({"cookie", "consent", "gdpr", "copyright", "legal", "disclaimer"}), frozenset(), "legal"),
    (
        frozenset(
            {
                "newsletter",
                "subscribe",
                "signup",
                "promo",
                "advert",
                "ad",
                "ads",
                "sponsor",
                "paywall",
                "modal",
                "popup",
                "dialog",
                "form",
                "button",
                "support",
                "membership",
                "donate",
                "donation",
            }
        ),
        frozenset(),
        "publisher",
    ),
    (
        frozenset({"related", "recommend", "popular", "trending", "more", "tags", "topics", "teaser"}),
        frozenset(),
        "related",
    ),
    (frozenset({"about", "bio"}), frozenset(), "publisher"),  # an "About X" box, an author's bio
    (frozenset({"gallery"}), _CAPTIONS, "media"),
    (
        frozenset({"nav", "menu", "breadcrumb", "skip", "share", "social", "toolbar", "masthead"}),
        frozenset(),
        "navigation",
    ),
    (
        frozenset({"player", "video", "media", "tweet", "twitter", "embed", "instagram", "tiktok"}),
        _CAPTIONS,
        "media",
    ),  # players and embedded posts
    (frozenset({"byline", "author", "timestamp", "time", "address"}), frozenset(), "publisher"),
    (frozenset({"comment"}), frozenset(), "other"),
    (frozenset({"footer"}), frozenset(), "publisher"),
)


def _from_hints(block: Block) -> NoteKind | None:
    h = block.hints
    if not h:
        return None
    for tells, vetoes, kind in HINT_RULES:
        if h & tells and not h & vetoes:
            return kind
    if "outside" in h and ("header" in h or "aside" in h):
        return "navigation" if "header" in h else "related"
    if "aside" in h:
        return "related"
    if "outside" in h and "h1" != block.tag:
        return "navigation" if words(block.text) <= 8 else "other"
    return None


def classify(blocks: list[Block]) -> list[Labelled]:
    out = _by_extractor(blocks) if any(HINT_MAIN in b.hints for b in blocks) else None
    if out is None:
        out = _by_rules(blocks)
    return out


def _by_rules(blocks: list[Block]) -> list[Labelled]:
    out = [Labelled(b, furniture(b) or ARTICLE) for b in blocks]
    _revise(out)
    return out


def _revise(out: list[Labelled], extracted: bool = False) -> None:
    """The rules that look at a block's neighbours, in order. With an
    extractor's reading (``extracted``), the rules that guess where the
    story ends (comment threads, trailing links, lists under a heading,
    legal words after notes) are the extractor's business and do not run."""
    _headline_first(out)
    _repeats(out)
    _running_heads(out)
    _pull_quotes(out)
    _media_titles(out)
    _service_boxes(out)
    if not extracted:
        _lists_after_headings(out)
        _legal_after_notes(out)
    _footnotes(out)
    if not extracted:
        _comment_threads(out)
        _trailing_links(out)
    _captions(out)
    _datelines(out)


# A web page read with an extractor's signal (reader.readers.mainzone): each
# block is "main" (in the extracted story) or "extra".
_MIN_STORY_WORDS = 40


def _by_extractor(blocks: list[Block]) -> list[Labelled] | None:
    """Main blocks are the article unless their own text says furniture;
    extra blocks are notes, of the kind their text or page context says.
    The headline and a lead or standfirst the extractor left out are kept.
    None when this leaves no story (the rule-based reading then stands)."""
    first = next(i for i, b in enumerate(blocks) if HINT_MAIN in b.hints)  # (the caller saw one)
    last = max(i for i, b in enumerate(blocks) if HINT_MAIN in b.hints)
    start = next((i for i, b in enumerate(blocks) if HINT_MAIN in b.hints and words(b.text) >= 15), first)
    blocks = _with_headline(blocks, start)
    head = next((i for i, b in enumerate(blocks) if HEADLINE in b.hints), first)
    out = [Labelled(block, _extracted_label(block, i, (first, head, last))) for i, block in enumerate(blocks)]
    _keep_lead(out, start)
    _revise(out, extracted=True)
    _trust_extractor(out)
    story = sum(words(item.block.text) for item in out if item.label == ARTICLE and item.block.level == 0)
    return out if story >= _MIN_STORY_WORDS else None


_KEPT_SHARE = 0.3


def _trust_extractor(out: list[Labelled]) -> None:
    """When the rules above filed most of the extracted story as notes (a
    page whose story is a privacy policy, a story about subscriptions),
    the extractor wins: a page never loses its whole article to the notes."""
    main = [item for item in out if HINT_MAIN in item.block.hints]
    total = sum(words(item.block.text) for item in main)
    kept = sum(words(item.block.text) for item in main if item.label == ARTICLE)
    if total >= _MIN_STORY_WORDS and kept < _KEPT_SHARE * total:
        for item in main:
            if item.label in ("legal", "publisher", "other"):
                item.label = ARTICLE


def _extracted_label(block: Block, i: int, marks: tuple[int, int, int]) -> str:
    """A block's first label on a page with an extractor's reading; ``marks``:
    the first main block, the headline and the last main block."""
    first, head, last = marks
    if HEADLINE in block.hints:
        return ARTICLE
    if HINT_MAIN in block.hints:
        return _main_text_kind(block) or _main_hints(block) or ARTICLE
    if head < i <= last and _story_caption(block):
        return ARTICLE  # a picture's caption inside the story: the caption section (the _captions rule)
    return (
        text_furniture(block)
        or ("caption" if _caption_like(block) else None)
        or _from_hints(block)
        or _extra_kind(block, i < first, i > last)
    )


def _with_headline(blocks: list[Block], first: int) -> list[Block]:
    """When the page's metadata named no headline block: the last big
    heading (h1, h2) at or above the extracted story's start, else the
    story's first heading, is the headline (not an <h1> of a box below)."""
    named = next((i for i, b in enumerate(blocks) if HEADLINE in b.hints), None)
    if named is not None and named <= first + 2:
        return blocks
    blocks = list(blocks)
    if named is not None:  # named by the metadata, but below the story's start: a share box's copy of the title
        old = blocks[named]
        blocks[named] = Block(text=old.text, lines=old.lines, tag=old.tag, hints=old.hints - {HEADLINE})
    above = [i for i in range(max(0, first - 25), first + 1) if blocks[i].level in (1, 2)]
    inside = [i for i in range(first, len(blocks)) if blocks[i].level in (1, 2, 3) and HINT_MAIN in blocks[i].hints]
    pick = above[-1] if above else inside[0] if inside else None
    if pick is None:
        return blocks
    old = blocks[pick]
    blocks[pick] = Block(text=old.text, lines=old.lines, tag=old.tag, hints=old.hints | {HEADLINE})
    return blocks


def _main_text_kind(block: Block) -> NoteKind | None:
    """Inside the extracted story, a block's words make it a note only when
    it is short: a long paragraph about cookies or subscriptions is the
    story's own (a page about privacy, a story about a newsletter)."""
    n = words(block.text)
    if n > _MAIN_LONGEST_NOTE:
        return None
    kind = text_furniture(block)
    if n <= _MAIN_NOTE_WORDS:
        return kind
    # longer: a notice in the publisher's voice to its reader ("We may receive compensation ...", "you can log in")
    return kind if kind in ("legal", "publisher") and _READER_VOICE.search(_QUOTED.sub("", block.text)) else None


_MAIN_NOTE_WORDS = 25
_READER_VOICE = re.compile(r"\b(?:our|us|we|you|your)\b|\u00a9", re.IGNORECASE)
_MAIN_LONGEST_NOTE = 60


def _main_hints(block: Block) -> NoteKind | None:
    """Page context that still counts inside the extracted story: a cookie
    or newsletter box, a share bar, a player, a gallery."""
    hints = block.hints
    if hints & _EMBEDS and block.level == 0 and "caption" not in hints and "figcaption" not in hints:
        return "media"  # an embedded post or player in the story
    if "aside" in hints:
        return "related"  # a box beside the story: a pull quote, links to other stories
    kind = _from_hints(block)
    return kind if kind in ("legal", "publisher") and hints & _STRONG_HINTS else None


# (never words that pages put on the wrappers of whole stories: "modal", "form", "paywall", "share")
_STRONG_HINTS = frozenset({"cookie", "consent", "gdpr", "newsletter", "signup"})
_EMBEDS = frozenset({"player", "tweet", "twitter", "instagram", "tiktok", "embed"})


def _extra_kind(block: Block, before: bool, after: bool) -> NoteKind:
    """The kind of a block outside the extracted story that no rule names."""
    if _caption_like(block):
        return "caption"
    hints = block.hints
    if hints & {"nav", "menu", "breadcrumb", "header"}:
        return "navigation"
    if before:
        return "navigation" if words(block.text) <= 8 else "other"
    if words(block.text) <= 16 and not _END.search(block.text):
        return "related"  # a teaser's title, a link to another story
    return "other"


def _caption_like(block: Block) -> bool:
    return block.tag == "caption" or bool(block.hints & {"figure", "figcaption", "caption", "credit"})


def _lead_like(block: Block) -> bool:
    """A paragraph of the story by its shape: a sentence of twelve words or
    more, or six to forty words in sentence case (a dek), and no page context
    calling it anything else."""
    if block.hints & _NOT_LEAD or _named_furniture(block) or block.level:
        return False
    n = words(block.text)
    return bool(n >= 12 and _END.search(block.text)) or (
        6 <= n <= 40 and not title_like(block.text) and not block.text.endswith(":")
    )


def _named_furniture(block: Block) -> bool:
    """Page context names the block furniture (beyond being in the page's header or outside its <article>)."""
    hints = block.hints - {"outside", "header", HINT_EXTRA}
    return _from_hints(Block(text=block.text, lines=block.lines, tag=block.tag, hints=hints)) is not None


def _story_caption(block: Block) -> bool:
    """A picture's caption under the headline, in the story (not the
    header's lead picture, not a credit line alone)."""
    return (
        block.level == 0
        and "header" not in block.hints
        and _caption_like(block)
        and not text_furniture(block)
        and words(block.text) >= 4
    )


def _keep_lead(out: list[Labelled], first: int) -> None:
    """Between the headline and the extracted story, a standfirst (the page
    calls it so) or a sentence-long paragraph is the story's, not a note."""
    head = next((i for i, item in enumerate(out) if HEADLINE in item.block.hints), None)
    if head is None or head >= first:
        return
    for item in out[head + 1 : first]:
        block = item.block
        if text_furniture(block):
            continue
        if block.hints & _DEK_WORDS or _lead_like(block):
            item.label = ARTICLE  # the standfirst, or the lead the extractor left out


_DEK_WORDS = frozenset({"standfirst", "subhead", "dek", "deck", "strapline"})
_NOT_LEAD = frozenset(
    {
        "caption",
        "figcaption",
        "figure",
        "credit",
        "related",
        "teaser",
        "nav",
        "footer",
        "aside",
        "comment",
        "newsletter",
        "subscribe",
        "promo",
        "advert",
        "ad",
        "ads",
        "about",
        "bio",
    }
)


# A wire story's dateline on a line of its own: "LONDON 1996-08-30",
# "ALMATY, Kazakhstan -", "MOSCOW (Reuters) -", "NUR-SULTAN, June 3 (Agency) --".
_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2})?"
    r"(?:,? (?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))?"
    r"(?: \([\w .&/-]{2,30}\))?(?:\s*(?:--|\u2014|\u2013|-|:))?"
)


def _datelines(out: list[Labelled]) -> None:
    """A dateline is the story's first words, never a publisher's note."""
    for item in out:
        text = item.block.text.strip()
        if (
            item.label != ARTICLE
            and len(text) <= 60
            and _DATELINE_ALONE.fullmatch(text)
            and (any(c.isdigit() for c in text) or text[-1:] in "-:\u2014\u2013" or "," in text or "(" in text)
        ):
            item.label = ARTICLE


_THREAD_START = rx.compile(r"(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|sort by\b.*|level \d+\s*\u00b7.*)", _I)


def _comment_threads(out: list[Labelled]) -> None:
    """After a comment section's start ("212 comments", "Sort by: best", a
    comment's header) below the story, the readers' comments: notes."""
    start = next(
        (
            i
            for i, item in enumerate(out)
            if item.label != ARTICLE
            and _THREAD_START.fullmatch(item.block.text)
            and sum(1 for x in out[:i] if x.label == ARTICLE and words(x.block.text) > 15) >= 2
        ),
        None,
    )
    if start is None:
        return
    for item in out[start + 1 :]:
        if item.label == ARTICLE and words(item.block.text) <= 80 and item.block.level == 0:
            item.label = "other"


_FOOTNOTE = rx.compile(r"(\d{1,3})\s+\S")  # ("1. ..." is a numbered list, not a note)


def _footnotes(out: list[Labelled]) -> None:
    """A run of numbered lines at the end ("14 Interviews with survivors
    ...", "15 Mission database ..."), numbered one after another: a
    report's footnotes, not its text."""
    run: list[int] = []
    numbers: list[str] = []  # the footnote number of each block in run
    for i in range(len(out) - 1, -1, -1):
        item = out[i]
        if item.label != ARTICLE:
            if run:
                break
            continue  # the page's own furniture after the notes
        number = _FOOTNOTE.match(item.block.text)
        if number is None or words(item.block.text) > 60 or item.block.tag == "li":
            break
        if run and int(number.group(1)) + 1 != int(numbers[-1]):
            break
        run.append(i)
        numbers.append(number.group(1))
    if len(run) >= 2:
        for i in run:
            out[i].label = "other"


def _trailing_links(out: list[Labelled]) -> None:
    """After the story's last paragraph and the page furniture that follows
    it, short lines that end no sentence ("Help", "All topics", "Advertise
    with us") are more of the page's links, not the story."""
    last = max(
        (
            i
            for i, item in enumerate(out)
            if item.label == ARTICLE
            and words(item.block.text) >= 8
            and item.block.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))
        ),
        default=None,
    )
    if last is None:
        return
    furniture_seen = False
    for item in out[last + 1 :]:
        if item.label != ARTICLE:
            furniture_seen = True
        elif furniture_seen and words(item.block.text) <= 6 and not item.block.text.endswith((".", "!", "?", ":")):
            item.label = "navigation"


def _legal_after_notes(out: list[Labelled]) -> None:
    """A block with legal words ("undesirable organization") right after
    other page furniture is part of the page's legal notice."""
    for i in range(1, len(out)):
        item = out[i]
        if (
            item.label == ARTICLE
            and out[i - 1].label != ARTICLE
            and words(item.block.text) <= 80
            and _LEGAL_WEAK.search(item.block.text)
        ):
            item.label = "legal"


def _lists_after_headings(out: list[Labelled]) -> None:
    """Short link-like lines under a "Related topics" heading belong
    to it, until a real paragraph comes (a list of links in a scraped page)."""
    kind = None
    head = headline_index(out)
    for i, item in enumerate(out):
        if head is not None and i <= head:
            continue
        text = item.block.text
        if item.label == "related" and words(text) <= 5:
            kind = item.label
            continue
        if kind is None:
            continue
        if item.label == ARTICLE and item.block.level >= 2:
            kind = None  # a heading of the story's own ends the list
        elif item.label == ARTICLE and words(text) <= 14 and not text.endswith((".", ":", ";")):
            item.label = kind
        elif item.label == ARTICLE or item.label in ("legal",):
            kind = None


def headline_index(out: list[Labelled]) -> int | None:
    """The article block that reads as the headline.

    An ``<h1>`` or Markdown ``#`` heading when there is one; otherwise, above
    the first long paragraph, the first block of four to thirty words that
    does not end a sentence (title or sentence case); a site name or a
    section kicker above it is shorter. On a web page, the block that its
    metadata names (the "headline" hint of the HTML reader) comes first.
    """
    named = next((i for i, item in enumerate(out) if item.label == ARTICLE and HEADLINE in item.block.hints), None)
    if named is not None:
        return named
    h1 = _h1_headline(out)
    if h1 is not None:
        return h1
    restated = _restated_title(out)
    if restated is not None:
        return restated
    first = None
    for i, item in enumerate(out):
        if item.label != ARTICLE:
            continue
        text = item.block.text
        if first is None:
            first = i
        if words(text) > 30 and not title_like(text):
            break
        if (
            4 <= words(text) <= 30
            and without_leading_symbols(text).lstrip("".join(QUOTE_OPENERS))[:1].isupper()
            and (title_like(text) or not text.endswith(".") or text.isupper())
            and not _in_menu(out, i)
            and not _ORG_NAME_ONLY.fullmatch(text)
        ):
            return i
    return first


def _h1_headline(out: list[Labelled]) -> int | None:
    """The first <h1> or "#" heading, unless it is the site's name (then the next big heading)."""
    for i, item in enumerate(out):
        if item.label == ARTICLE and item.block.tag == "h1":
            if not _site_name(out, i):
                return i
            return next(
                (
                    j
                    for j in range(i + 1, len(out))
                    if out[j].label == ARTICLE and out[j].block.level in (1, 2) and words(out[j].block.text) >= 5
                ),
                i,
            )
    return None


# Emoji and other symbols a post puts before its title: "\u26a1\ufe0f Overnight strike ..."
_LEADING_SYMBOLS = rx.compile("^(?:[\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]\\s*)+")


def without_leading_symbols(text: str) -> str:
    return _LEADING_SYMBOLS.sub("", text)


def _restated_title(out: list[Labelled]) -> int | None:
    """A short first line ("2026 Kermanshah earthquake") that the first
    long paragraph opens by restating ("The 2026 Kermanshah earthquake
    struck ..."), as an encyclopedia's article does: the title."""
    first = next((i for i, item in enumerate(out) if item.label == ARTICLE), None)
    if first is None:
        return None
    text = out[first].block.text
    if not 2 <= words(text) <= 3 or _END.search(text):
        return None
    long = next(
        (
            item.block.text
            for item in out[first + 1 : first + 30]
            if item.label == ARTICLE and words(item.block.text) > 30
        ),
        "",
    )
    return first if text.casefold() in long[: len(text) + 12].casefold() else None


# A line that is only an institution's name ("Metro Nashville Police
# Department", "Office of Public Affairs"): the issuer of a release, never
# its headline.
_ORG_NAME_ONLY = rx.compile(
    r"(?:The )?(?:[A-Z][\w.&'-]*\s+){0,5}(?:Department|Ministry|Office|Agency|Police|Service|Commission|Council|"
    r"Authority|Bureau|Directorate|Command|Embassy|Secretariat)(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w.&'-]*){1,5})?"
)


def _site_name(out: list[Labelled], i: int) -> bool:
    """A short top heading whose words come back at the start of a later
    block ("X Weekly is a reader-supported publication", "(c) X Media"),
    with a headline-sized heading after it: the publication's name."""
    text = out[i].block.text
    if words(text) > 5:
        return False
    key = text.casefold()
    later = any(item.block.text.casefold().lstrip("\u00a9(c) ").startswith(key) for item in out[i + 1 :])
    heading_after = any(item.block.level in (1, 2) and words(item.block.text) >= 5 for item in out[i + 1 : i + 16])
    return later and heading_after


def _menu_item(item: Labelled) -> bool:
    text = item.block.text
    return item.label == ARTICLE and words(text) <= 3 and not text.endswith((".", "!", "?", ":"))


def _in_menu(out: list[Labelled], i: int) -> bool:
    """A line followed by three or more one-to-three-word lines ("News",
    "Opinion", "Sport") is an entry of the page's menu, not a headline: a
    headline is followed by its standfirst, byline or story."""
    following = [item for item in out[i + 1 : i + 8] if item.label == ARTICLE][:3]
    return len(following) == 3 and all(_menu_item(item) for item in following)


_BYLINE_IN = rx.compile(
    r"[A-Z][\w'.\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3}(?: and [A-Z][\w'.\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3})?"
    r" in [A-Z][\w .'-]{2,30}"
)
# a line that is only a name or two: "Jana Novak", "Jana Novak and Ali Reza"
_NAMES_ONLY = rx.compile(
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3}(?:(?:,| and| &) [A-Z][\w'\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3})*"
)
# the desk and place under such a name: "BBC News Indonesian, Jakarta", "Staff reporter, Lagos"
_DESK_LINE = rx.compile(r"[A-Z][\w&'.\u2019 -]{1,40}, [A-Z][\w.'\u2019 -]{1,30}")


def _headline_first(out: list[Labelled]) -> None:
    """Short lines above the headline are page chrome (kickers, menus); a
    "Jana Novak in Bratislava" line under it, before the story starts, is
    the byline."""
    head = headline_index(out)
    if head is None:
        return
    for item in out[:head]:
        if item.label == ARTICLE:
            item.label = "navigation" if words(item.block.text) <= 10 else "other"
    after = out[head + 1 :]
    for n, item in enumerate(after):
        if item.label == ARTICLE and words(item.block.text) > 30:
            break
        if item.label != ARTICLE or words(item.block.text) > 10:
            continue
        text = item.block.text
        if _BYLINE_IN.fullmatch(text):
            item.label = "publisher"
        elif (
            _NAMES_ONLY.fullmatch(text)
            and n + 1 < len(after)
            and (after[n + 1].label != ARTICLE or _DESK_LINE.fullmatch(after[n + 1].block.text))
        ):
            # A name alone between the headline and the story, with the
            # page's furniture or the reporter's desk after it: the byline.
            item.label = "publisher"
            if after[n + 1].label == ARTICLE:
                after[n + 1].label = "publisher"


def _repeats(out: list[Labelled]) -> None:
    seen: dict[str, int] = {}
    head = None
    for i, item in enumerate(out):
        key = item.block.text.casefold()
        if HEADLINE in item.block.hints:
            seen[key] = i  # the headline, repeated in share links and meta tags, is never the repeat
            continue
        if key in seen and len(key) > 12:
            first = out[seen[key]]
            if head is None:
                head = headline_index(out)
            if item.label == ARTICLE and seen[key] == head:
                item.label = "other"  # the title again (an infobox's heading): not a caption
            elif item.label == ARTICLE:
                item.label = (
                    "caption"
                    if first.label == ARTICLE and (i - seen[key] <= 2 or first.role == "caption")
                    else (first.label if first.label != ARTICLE else "other")
                )
                if first.label == ARTICLE and item.label == "caption":
                    first.role = "caption"
        else:
            seen.setdefault(key, i)


_PAGE_NUMBER = rx.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")


def _running_heads(out: list[Labelled]) -> None:
    """A short line that comes back with another page number at its start
    or end ("Rights Monitor | September 2025  3") is a page's running head
    or foot, copied with the text from a PDF: a note."""
    pages: dict[str, list[int]] = {}
    for i, item in enumerate(out):
        text = item.block.text
        if item.label == ARTICLE and words(text) <= 12 and (text[-1:].isdigit() or text[:1].isdigit()):
            rest = _PAGE_NUMBER.sub("", text, count=1)
            if rest != text and sum(c.isalpha() for c in rest) >= 6:
                pages.setdefault(rest, []).append(i)
    for found in pages.values():
        if len(found) >= 2:
            for i in found:
                out[i].label = "other"


_NOT_LETTERS = rx.compile(r"[\W\d_]+")
QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018", "\u00ab")  # (also the figures stage's: a quotation that goes on)


def _pull_quotes(out: list[Labelled]) -> None:
    """A short quotation standing alone whose words come again inside a
    longer paragraph near it is a pull quote: the page's display of the
    story's own line, a note (the story keeps the line where it is said)."""
    letters: dict[int, str] = {}

    def key(n: int) -> str:
        if n not in letters:
            letters[n] = _NOT_LETTERS.sub("", out[n].block.text).casefold()
        return letters[n]

    for i, item in enumerate(out):
        text = item.block.text
        if (
            item.label != ARTICLE
            or not text.startswith(QUOTE_OPENERS)
            or words(text) > 40
            or words(text) < 4
            or item.block.level >= 2
            or not text.rstrip("'\"\u2019\u201d\u00bb").endswith((".", "!", "?"))
        ):
            continue  # (a quoted subheading, "'We could not breathe'", heads its section)
        own = key(i)
        if any(
            j != i and out[j].label == ARTICLE and len(out[j].block.text) > len(text) and own in key(j)
            for j in range(max(0, i - 40), min(len(out), i + 41))
        ):
            item.label = "other"


def _media_titles(out: list[Labelled]) -> None:
    for i in range(len(out) - 1):
        item, after = out[i], out[i + 1]
        if item.label == ARTICLE and after.label == "media" and title_like(item.block.text) and i > 0:
            item.label = "media"


def _service_boxes(out: list[Labelled]) -> None:
    for i in range(len(out) - 1):
        name, blurb = out[i], out[i + 1]
        text = name.block.text
        if (
            words(text) <= 8
            and title_like(text)
            and blurb.block.text.startswith(text)
            and blurb.block.text != text
            and _PUBLISHER_BLURB.search(blurb.block.text)
        ):
            if name.label == ARTICLE or name.label == "other":
                name.label = "publisher"
            if blurb.label == ARTICLE:
                blurb.label = "publisher"


_IMAGE_LABEL = rx.compile(r"\b(?:image|photo|picture|caption)\b", _I)


def _captions(out: list[Labelled]) -> None:
    head = headline_index(out)
    for i, item in enumerate(out):
        if item.label != ARTICLE or i == head:
            continue
        previous = out[i - 1] if i else None
        if (
            previous is not None
            and previous.label == "media"
            and _IMAGE_LABEL.search(previous.block.text)
            and words(item.block.text) <= 40
        ):
            item.role = "caption"  # the text under "Image caption," is the caption
            continue
        if _captioned(item.block):
            item.role = "caption"


def _captioned(block: Block) -> bool:
    """A caption by its page context, or by its credit line ("... Photo: Jane Roe/Agency")."""
    hints, n = block.hints, words(block.text)
    if block.tag == "caption" or hints & {"figcaption", "caption", "credit"} or ("figure" in hints and n <= 60):
        return True
    return n <= 60 and _has(block.text.casefold(), _CAPTION_ANCHORS) and bool(_CAPTION_MARK.search(block.text))
