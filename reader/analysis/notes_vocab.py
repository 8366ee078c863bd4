"""The notes stage's vocabulary: the module-level patterns and word lists
(page furniture, the publisher's voice, legal notices, captions) and the
plain substrings checked before them. Data only: no rules here."""

from __future__ import annotations

import re

from reader import rx

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
