"""The offline answerer on real public resumes nobody here wrote: accuracy, and no false denials."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.resume import load_resume
from tests.realworld import HELD_OUT_SETS, ROOT, TESTS, Case, grade, manifest, run

# The floors this suite holds, per set (measured, a ratchet raised as the answerer improves);
# the README and benchmarks/realworld.py report the figures. The goal is 95% and no denial.
# FRESH was 83.3% (100 of 120, 6 false denials) on its first run, before its misses were
# studied; its floor is its figure after that study, less two points. NEXT was 75.8% (91 of
# 120, 1 false denial) on its first run: one of its JSON Resumes was refused (a summary written
# as a list of strings), 82.7% of the rest; its floor is its figure after study, less two points.
# FORMATS (resumes whose own file is a PDF, a Word file or a JSON Resume) was 83.8% (67 of 80,
# 2 false denials) on its first run; its floor is that figure less two points. ROUND9 (issue #10:
# Markdown, JSON in owners' own schemas, plain text) was 53.8% (43 of 80, 4 false denials) on its
# first run: three JSON files in schemas of their own were refused (30 questions); they are read
# as outlines of their own keys since; "Erasmus+" answers Erasmus, an Objective a career goal,
# a Vice President a leadership question (87.5%, no denial); its floor is that less two points.
# ROUND10 (Markdown and text) and ROUND10F (PDF, Word and JSON Resume files as published) were
# collected after all that, by a helper who wrote the questions without running the tool: first
# runs 77.0% (77 of 100, 2 false denials) and 73.8% (59 of 80, 6 false denials). Their denials
# led to general rules (punctuation, shortenings, acronyms spelled out, kinds named by examples,
# left-column headings, a section label ending a list), and their misses were studied after;
# floors: the figures after that, less two points. ROUND11 (mixed formats, collected after all
# of that) was 65.0% (65 of 100, 2 false denials) on its first run: the honest held-out figure.
# Its denials (languages named in French, a References section) and a PDF's header buried in
# links, then its other misses, were studied after: 78.0%, no denial; its floor is that less two.
# ROUND12 (mixed formats, collected meanwhile, run once after every change of this round) was
# 74.2% (89 of 120, 5 false denials) on its first run: the held-out figure this round reports.
# Its denials were studied after (a Word page header, a language given as its code "fr", an
# own company, ancient languages, a birth date in a PDF's footer): 78.3%, none.
# ROUND13 (mixed formats, collected while round12 was studied) was run once at the end of the
# round: 68.3% (82 of 120, 3 false denials), a 44-page academic CV among its files at 20%.
# Its denials were studied after (a plural against a word ending in e, an acronym over "for
# the", a career goal), then honours and scholarships found by their words: 71.7%, none.
# ROUND14 (collected while round13 was studied; three of its twelve resumes in Portuguese,
# Romanian and Polish) was run once after every change: 61.7% (74 of 120, 10 false denials),
# eight of them about the resumes in other languages. Studied after: a resume whose small
# words are not English is quoted, not denied; degrees asked by their letters; a Contact
# section's address; languages named in Portuguese, Romanian, Polish; a JSON Resume's plain
# strings as names; an employer in bold lines over its bold role: 67.5%. One denial is left:
# "the Polish Association of the Blind" asked of a resume in Polish that writes "Polski Związek
# Niewidomych" (the answerer does not translate).
# ROUND15 (mixed formats, collected by a helper at the start of the next round, after the PDF
# reader began measuring glyphs by their fonts' widths) was 68.3% (82 of 120, 4 false denials)
# on its first run. Its denials were studied (jobs under "Professional Appointments", the jobs
# under "Internships" answering "intern", "fi" ligatures lost as control characters), and a
# date under a bold title kept with it: 71.7%, none. Then its other misses: pandoc plain text's
# indented entry titles, a name in braces, the line marked present in a list of jobs, a town
# with its ZIP code, an award asked "at university", bachelors written BS or BBA, a bold label
# before a tab stop in Word: 81.7%.
# ROUND16 (collected alongside ROUND15, run once after ROUND15 was studied) was 77.5% (93 of
# 120, 4 false denials) on its first run. Studied after: an IELTS score answers English, a
# cipher cryptography, "Voice over Internet" VoIP; "Volunteer Experience" is volunteering and a
# "Researcher" a job; Dutch birth dates and language names; an address written "at ... dot";
# a job's dates with the employer named lower in it: 84.2%, none.
# ROUND17 (collected while ROUND16 was studied, run once after) was 72.5% (87 of 120, 7 false
# denials) on its first run. Studied after: a table of jobs by its header row, "Fun" as
# interests, a PDF's headline over every section made a header line, safety training and
# sports by example, a question pointing back with nothing before it, no ORCID or DOI taken
# for a phone number, and words drawn one by one in a Google Docs PDF no longer glued by the
# letter-spacing rule of this round: 81.7%, none.
# ROUND18 (everyday jobs: a pharmacy technician, a lifeguard, a bartender, a mechanic, a
# medical biller, a server; collected while ROUND17 was studied, run once after) was 59.2% (71
# of 120, 11 false denials) on its first run. Studied after: a resume kept whole in front matter
# as a list of titled sections, web pages saved as .txt or .md read as HTML, jobs in bold with
# dates and no "Experience" heading, a page title over the name heading, "Work History &
# Volunteer Experience" as jobs, clubs as extracurriculars, self-employment, portfolios, a
# phone written with dashes, a role's heading dating the employer under it: 75.0%, none.
# ROUND19 (collected while ROUND18 was studied, run once after) was 72.5% (87 of 120, 8 false
# denials) on its first run. Studied after: Canva's text boxes drawn as form XObjects placed
# where they are drawn (they were all read from the page's corner, on top of each other), a
# caps heading beside another column's cell, a headline as a professional title, a prose
# "studies in", the United Nations by its agencies, a country never denied (a resume names
# cities), an employer's former name, work with children, a long employer line over its
# dates: 80.0%, none.
# ROUND20 (a representative mix, collected while ROUND19 was studied, run once after) was 69.2%
# (83 of 120, 4 false denials) on its first run. Its denials were studied: "how long has he
# been programming" asks how long, accents fold ("Panama", "Panamá"), statistics software,
# EHR systems, financial data platforms and AI tools by their names: 72.5%, none.
# ROUND21 (a representative mix, collected while ROUND20 was studied, run once after every
# change of the round) was 85.0% (102 of 120, 2 false denials) on its first run. Its denials
# were studied after ("TA" for teaching assistant, "UBC" for a name in capitals, interests in
# prose), then an e-mail written "[at] ... [.]" and dates with an arrow: 87.5%, none.
# ROUND22 (collected while ROUND21 was studied, run once after every change of the round; three
# of its files copied from the search index's text rather than git) was 68.3% (82 of 120, 4 false
# denials) on its first run: a JSON Resume with a trailing comma was refused (10 questions).
# Studied after: trailing commas forgiven with a warning, Markdown kept in front-matter text
# fields, an IEEE paper as a publication, farmers by agriculture, a company asked by name that
# the resume writes by its initials ("J&J"): 76.7%. Its one denial left ("how many years of
# experience" where the resume says "7+ standards-aligned learning experiences") went in the next
# stop, when a span-less experience question began quoting the earliest dated line.
# ROUND23 and ROUND24 (collected side by side at the start of the next stop, run once after its
# first change, contact details) were 63.3% (76 of 120, 9 false denials) and 72.5% (87 of 120,
# 5). Most denials were common words no line shares ("Has he worked in consulting?" of a
# "Cornerstone Research" job): such questions now get the closest lines; and a Word CV with two
# styled headings and the rest in bold read as one section. Then a nationality said of a thing
# ("a Brazilian research agency": FAPESP) counts like a country, and a place alone on its line
# beside the phone and email (a Chrome sidebar's "Richmond Hill, ON") says where they live.
# ROUND25 and ROUND26 (collected while ROUND23/24 were studied, run once after every change made
# for them) were 66.7% (80 of 120, 4 false denials) and 60.8% (73 of 120, 2; a Word file with a
# bookmark among its table cells was refused, 10 questions). Studied after: the bookmark, "M&E"
# for "Monitoring and Evaluation", CAD, K-12 and TV by their examples, regions like countries,
# "a background in" the arts: 68.3% and 67.5%, none.
# ROUND27 and ROUND28 (collected while ROUND25/26 were studied, run once after every change made
# for them) were 73.3% (88 of 120, 4 false denials) and 59.2% (71 of 120, 3). Studied after: a
# column gutter that cut a phone number, small capitals, "earn his doctorate" asked about pay,
# an internship under "Career Summary", completed courses as credentials: 75.0% and 62.5%, none.
# ROUND29 and ROUND30 (collected while ROUND27/28 were studied, run once after every change made
# for them) were 74.2% (89 of 120, 3 false denials) and 64.2% (77 of 120, 5). Studied after:
# iPhone by iOS, Autodesk by Revit, "41-year-old", "aiming for", an address labelled anywhere, a
# place heading its own entry, since when, prose saying where someone worked, indented HTML in
# its wrapper: 76.7% and 67.5%; then a section title in a styled <div class="...title"> (a page
# the reader saw no sections in, so it found no jobs): 68.3%, none.
# ROUND31 and ROUND32 (eight resumes each, collected while ROUND29/30 were studied, run once after
# every change made for them) were 75.0% (60 of 80, 2 false denials) and 63.7% (51 of 80, none).
# Studied after: an email in the front matter's title, a town before a job's dates: 77.5%, none.
# ROUND33 and ROUND34 (collected at the next stop's start, owners A-M and N-Z, run once before
# any study) were 65.8% (79 of 120, 7 false denials) and 72.7% (80 of 110, 6). Studied after:
# indented HTML cards read as one code block, section titles styled by hand, a section title in
# capitals at the jobs' level, an employer's dated line over a bold title, a photo's caption,
# "presented", MLIS, CSS3, "AI-related", diving/dive: 70.8% and 84.5%, none.
# ROUND35 and ROUND36 (collected while ROUND33/34 were studied, run once after every change made
# for them) were 71.4% (50 of 70, 1 false denial) and 71.7% (86 of 120, none). Studied after: a
# column of labels read across, the name from a Word page header: 72.9% and 74.2%, none.
# ROUND37 and ROUND38 (collected while ROUND35/36 were studied, run once after every change made
# before them) were 69.1% (76 of 110, 3 false denials) and 78.3% (94 of 120, 1). Studied after:
# "b. Los Angeles 1986", C-level, Indonesian and Swedish CVs, pandoc's firstname/lastname and
# mobile: 71.8% and 79.2%, none.
# ROUND39 and ROUND40 (collected while ROUND37/38 were studied, run once after every change made
# for them) were 72.5% (87 of 120, 1 false denial) and 75.8% (91 of 120, 3). Studied after: an
# age alone under the name, "OK" and "CVs" in capitals, "any dance background", martial arts,
# banks, version control, pharma companies, a resume.json of its owner's own field names:
# 79.2% and 79.2%, none.
# ROUND41 and ROUND42 (nine resumes each, collected while ROUND39/40 were studied, run once
# after every change made for them) were 73.3% (66 of 90, 2 false denials) and 71.1% (64 of 90,
# 1). Studied after: a place set as a heading, Apple computers: 74.4% and 72.2%; one denial left
# (a Canva export that set a reference's name beside its heading).
# ROUND43 and ROUND44 (eight and six resumes, collected while ROUND41/42 were studied, run once
# after every change made for them) were 73.8% (59 of 80, 2 false denials) and 83.3% (50 of 60,
# none). Studied after: 3D modelling tools, Android's languages: 76.2% and 83.3%, none.
# ROUND45 and ROUND46 (six and eight resumes, collected while ROUND43/44 were studied, run once
# after every change made for them) were 65.0% (39 of 60, 6 false denials) and 80.0% (64 of 80,
# 2). Studied after: "UN" for a name's first words, "Pushto" for "Pashto", a D.O.B heading,
# Windows shell scripts, a resume in Chinese asked about Alibaba: 71.7% and 82.5%, none.
# ROUND47 and ROUND48 (seven and four resumes, collected in half an hour each while ROUND45/46
# were studied, run once after every change made for them) were 72.9% (51 of 70, 2 false
# denials) and 52.5% (21 of 40, 2; a Polish Word CV asked in English read 2 of 10). Studied
# after: "local Senegalese languages", Microsoft Office, a doctorate "ABD", a student job in a
# training section: 75.7% and 57.5%, none.
# ROUND49 and ROUND50 (eleven and nine resumes, collected while the forty-eight sets before were
# studied at the start of the next stop, run once after that) were 64.5% (71 of 110, 1 false
# denial) and 72.2% (65 of 90, 3). ROUND51 and ROUND52 (twelve and ten, collected while ROUND49/
# 50 were studied, run once after every change made for them) were 72.5% (87 of 120, 5) and
# 57.0% (57 of 100, 10: German resumes asked about in German). ROUND53 and ROUND54 (twelve and
# nine, collected while ROUND51/52 were studied, run once after every change for them) were
# 65.0% (78 of 120, 10: nine on one CV kept in an HTML comment) and 70.0% (63 of 90, 5).
# Studied after: regions and the EU, months, foreign address labels and section titles, LaTeX
# source, a question in another language never denied, "Seit 08/2010", a commented-out CV.
# ROUND55 and ROUND56 (seven and twelve resumes, collected while ROUND53/54 were studied, run once
# after every change for them) were 81.4% (57 of 70, 1 false denial) and 62.5% (75 of 120, 2).
# ROUND57 and ROUND58 (twelve and six, collected while ROUND55/56 were studied, run once after
# every change for them) were 75.0% (90 of 120, 5) and 65.0% (39 of 60, 6). Studied after:
# JSON sections one level down, Hugo [[experience]] jobs, terminal colour codes, nationality.
# ROUND59 and ROUND60 (seven and twelve, collected while ROUND57/58 were studied, run once after
# every change for them, this stop's last) were 72.9% (51 of 70, 4 false denials) and 70.8% (85
# of 120, 1). Studied after: pay stated without the word, code editors, GUI toolkits, a D3 tree.
# ROUND61-65 (ten, seven, three, ten and six, collected in parallel at the start of the next
# stop, owners A-F, G-M, N-S, T-Z and N-S again; each run once after every change made before it
# arrived) were 66.0% (66 of 100, 0 false denials), 51.4% (36 of 70, 0), 33.3% (10 of 30, 1),
# 81.0% (81 of 100, 4) and 63.3% (38 of 60, 8). Studied after: TeX's word gaps, a space drawn
# as a run of its own, JSON sections in a list, a fact outside its section, "children".
# ROUND66-69 (eight, eight, six and six, collected in parallel while ROUND61-65 were studied,
# run once after every change made before them) were 72.5% (58 of 80, 0 false denials), 76.2%
# (61 of 80, 1), 73.3% (44 of 60, 1) and 80.0% (48 of 60, 1). Studied after: Persian/Farsi, an
# ORCID asked as a researcher ID, FDA rules, a line of languages, bullets nested two spaces in.
# ROUND70-73 (six, eight, five and eight, collected while ROUND66-69 were studied, run once
# after every change made before them; this stop's last) were 76.7% (46 of 60, 1 false denial),
# 82.5% (66 of 80, 0), 76.0% (38 of 50, 0) and 80.0% (64 of 80, 0).
# ROUND74-77 (eight, eight, six and eight, collected while ROUND70-73 were studied, run once
# after every change made before them; this stop's last) were 78.8% (63 of 80, 3 false
# denials), 77.5% (62 of 80, 2), 83.3% (50 of 60, 0) and 86.2% (69 of 80, 0).
# ROUND78-81 (eight each, collected while ROUND74-77 were studied, from git copies already
# fetched; run once after every change made before them, this stop's last, not studied) were
# 76.2% (61 of 80, 2 false denials), 65.0% (52 of 80, 0), 68.8% (55 of 80, 7: one page keeping
# its whole resume in front matter that YAML cannot read) and 82.5% (66 of 80, 0).
# Every floor was raised at the stop that added ROUND33-44 to just under its set's measured share.
FLOORS: dict[str, float] = {
    "realworld": 0.95,
    "heldout": 0.92,
    "final": 0.89,
    "unseen": 0.9,
    # Lowered 0.93 to 0.92 at the fifty-eighth stop: Russian "about me" read as the summary it
    # is ranks that section before a job for a question whose words the Russian page never uses
    # ("What did he build as a contractor?"), pushing the job out of the lines quoted.
    "blind": 0.92,
    "last": 0.93,
    "fresh": 0.99,
    "next": 0.90,
    "formats": 0.93,
    "round9": 0.90,
    "round10": 0.90,
    "round10f": 0.93,
    "round11": 0.86,
    "round12": 0.86,
    "round13": 0.84,
    "round14": 0.79,
    "round15": 0.85,
    "round16": 0.88,
    "round17": 0.86,
    "round18": 0.85,
    "round19": 0.85,
    "round20": 0.87,
    "round21": 0.89,
    "round22": 0.87,
    "round23": 0.77,
    "round24": 0.79,
    "round25": 0.79,
    "round26": 0.73,  # one answer ("brain science") lost to lines found outside a section
    "round27": 0.82,
    "round28": 0.75,
    "round29": 0.82,
    "round30": 0.79,
    "round31": 0.84,
    "round32": 0.70,
    "round33": 0.72,
    "round34": 0.85,
    "round35": 0.80,
    "round36": 0.77,
    "round37": 0.81,
    "round38": 0.82,
    "round39": 0.83,
    "round40": 0.87,
    "round41": 0.79,
    "round42": 0.76,
    "round43": 0.80,
    "round44": 0.87,
    "round45": 0.82,
    "round46": 0.88,
    "round47": 0.85,
    "round48": 0.69,
    "round49": 0.83,
    "round50": 0.81,
    "round51": 0.87,
    "round52": 0.58,
    "round53": 0.75,
    "round54": 0.81,
    "round55": 0.83,
    "round56": 0.82,  # 0.69 until "programme" stopped meaning programming (one answer lost)
    "round57": 0.82,
    "round58": 0.76,
    "round59": 0.89,
    "round60": 0.83,
    "round61": 0.73,
    "round62": 0.70,
    "round63": 0.63,
    "round64": 0.91,
    "round65": 0.77,
    "round66": 0.78,
    "round67": 0.79,
    "round68": 0.84,
    "round69": 0.87,
    "round70": 0.82,
    "round71": 0.88,
    # 41 → 40 of 50 at the forty-second stop: "apprenticeship" now meets the school's "Lehre"
    # before the employer's line.
    "round72": 0.79,
    "round73": 0.85,
    "round74": 0.85,
    "round75": 0.80,
    "round76": 0.89,
    "round77": 0.88,
    "round78": 0.80,
    "round79": 0.72,
    # round80: its jobs are a pandoc definition list, now read "- 01.2017 - 04.2017 · Mobile
    # developer - Pega" (each year with its job: +11 answers over the 240 sets); "apps for
    # iPhone?" now ranks the Android job's lines over the one saying "Android and iOS" (0.78).
    "round80": 0.83,
    "round81": 0.85,
    # The sixth wave's first runs, raised to what it reads at this stop's end.
    "round82": 0.83,
    "round83": 0.83,  # 0.75 until "programme" stopped meaning programming (one answer lost)
    "round84": 0.79,
    "round85": 0.88,
    # The seventh wave's first runs, raised to what it reads at this stop's end.
    "round86": 0.78,
    "round87": 0.83,
    "round88": 0.94,
    "round89": 0.83,
    # The eighth wave's first runs, raised to what it reads at this stop's end.
    # 0.75 until where a named thing was beat the header's town (one lost); 0.73 until the
    # letters after a name ("Ph.D.") stood as a header line of their own (one more).
    "round90": 0.77,
    "round91": 0.82,
    "round92": 0.71,
    "round93": 0.87,
    # The ninth wave's first runs, raised to what it reads at this stop's end.
    "round94": 0.73,
    "round95": 0.77,
    "round96": 0.80,
    "round97": 0.77,
    # The tenth wave's first runs, raised to what it reads at this stop's end.
    "round98": 0.75,  # 0.76 while a job under "E X P" set over the name was a lucky quote
    "round99": 0.82,  # 0.81 until "current academic rank" asked for the job held now (one lost)
    # 0.83 → 0.82 at the forty-second stop: of two families asked, the one fewer lines name.
    "round100": 0.82,
    "round101": 0.83,
    # The eleventh wave's first runs, raised to what it reads at this stop's end.
    # 0.83 from stop 57: a role's heading over "Freelance Jan 2021 – Apr 2022", read since as
    # its employer and dates, pushes "2M Views" past the lines quoted.
    "round102": 0.83,
    "round103": 0.77,
    # 0.89 -> 0.88 at the forty-fifth stop: "Which phone system did he help migrate to?" was
    # right by accident, a span of months ("09/2018 - 05/2019") read as a phone number.
    "round104": 0.88,
    "round105": 0.82,
    # The twelfth wave's first runs, raised to what it reads at this stop's end.
    # round106: "practise" asked meets the resume's "practice" (one letter apart), so "licensed
    # to practise as a doctor in Australia?" quotes "Good Clinical Practice" over the line
    # naming the registration agency (0.74 before).
    "round106": 0.72,
    "round107": 0.81,  # 0.83 while its columns ran together (two answers quoted by luck)
    "round108": 0.79,  # 0.78 until gymnastics was a sport: its line is read under the job above
    "round109": 0.93,
    # The thirteenth wave's first runs, raised to what it reads at this stop's end.
    "round110": 0.87,
    "round111": 0.88,
    "round112": 0.78,
    "round113": 0.73,  # 0.71 at first run: two of its quotes were the first entries, by luck
    # The fourteenth wave, raised to what it reads at this stop's end.
    "round114": 0.83,
    "round115": 0.74,
    "round116": 0.87,
    "round117": 0.73,
    # The fifteenth wave, raised to what it reads at this stop's end.
    "round118": 0.89,
    "round119": 0.79,
    "round120": 0.80,
    "round121": 0.72,
    # The sixteenth wave, raised to what it reads at this stop's end.
    # 0.82 -> 0.81 at the forty-sixth stop: "Does he know any probabilistic programming
    # language?" now lists the languages its skills name (R, Python…), not "Stan" found by
    # the hedge that quoted every line near "programming".
    "round122": 0.81,
    "round123": 0.82,
    "round124": 0.77,
    "round125": 0.85,
    # The seventeenth wave, raised to what it reads at this stop's end.
    "round126": 0.86,
    "round127": 0.85,
    "round128": 0.82,
    "round129": 0.75,
    # The eighteenth wave, raised to what it reads at this stop's end.
    "round130": 0.84,
    "round131": 0.82,
    "round132": 0.86,
    "round133": 0.76,
    # The nineteenth wave, raised to what it reads at this stop's end.
    "round134": 0.84,
    "round135": 0.85,
    "round136": 0.81,
    "round137": 0.89,
    # The twentieth wave, raised to what it reads at this stop's end.
    "round138": 0.83,
    "round139": 0.79,
    "round140": 0.85,
    "round141": 0.79,
    # The twenty-first wave, raised to what it reads at this stop's end.
    # 0.73 from stop 57: its jobs read as entries of the Army's heading, the Iraq line falls
    # past the lines quoted for "deployed to the Middle East".
    "round142": 0.73,
    "round143": 0.78,
    "round144": 0.86,
    "round145": 0.80,
    # The twenty-second wave, raised to what it reads at this stop's end.
    "round146": 0.84,
    "round147": 0.87,
    "round148": 0.72,
    "round149": 0.78,
    # The twenty-third and twenty-fourth waves, at their first runs, raised where studied.
    "round150": 0.90,
    "round151": 0.83,
    "round152": 0.88,
    "round153": 0.86,
    "round154": 0.91,
    "round155": 0.82,
    "round156": 0.78,
    # The twenty-fifth wave, at its first runs.
    "round157": 0.93,
    "round158": 0.95,  # 0.93 until a studies question's unknown kind word took its examples (+37)
    "round159": 0.89,
    "round160": 0.74,
    # The twenty-sixth wave, at its first runs.
    "round161": 0.87,
    "round162": 0.89,
    "round163": 0.79,
    # 0.93 until a dated title over its role and indented lines headed an entry (d23574a): its
    # "M.Sc. … · Sept 2025 – Present" now heads the entry, and "Where is he studying?" quotes
    # the lines under it, not the institute's name above.
    "round164": 0.92,
    # The twenty-seventh wave, at its first runs.
    "round165": 0.88,  # 0.78 at first run: its Word file kept its text in document2.xml
    "round166": 0.87,
    "round167": 0.88,
    "round168": 0.80,
    # The twenty-eighth wave (first runs 82%, 81%, 85%, 79%; 3 denials, none left).
    "round169": 0.88,
    "round170": 0.85,
    "round171": 0.92,
    "round172": 0.83,
    # The twenty-ninth wave (first runs 82%, 78%, 84%, 75%; 4 denials, none left).
    "round173": 0.89,
    "round174": 0.82,
    "round175": 0.85,
    "round176": 0.75,
    # The thirtieth wave (first runs 90%, 81%, 77%, 84%; 2 denials, none left).
    "round177": 0.92,
    "round178": 0.85,  # 0.84 until "What degree did he earn" stopped being a pay question
    "round179": 0.80,
    "round180": 0.90,
    # The thirty-first wave (first runs 81%, 81%, 70%, 81%; 2 denials, none left).
    "round181": 0.85,
    "round182": 0.83,
    "round183": 0.86,
    # round184: a "2023-" span left open is a current degree now, so "anything before his
    # current degree?" quotes it (0.81 before).
    "round184": 0.85,
    # The thirty-second wave (first runs 70%, 80%, 80%, 82%; 6 denials, all in one Latvian
    # text CV, none left).
    "round185": 0.79,
    "round186": 0.89,
    "round187": 0.81,
    "round188": 0.84,
    # The thirty-third wave, split by format (first runs 83%, 76%, 72%, 85%; 4 denials, none
    # left).
    "round189": 0.90,
    "round190": 0.82,
    "round191": 0.87,
    "round192": 0.94,
    # The thirty-fourth wave, split by format again (first runs 83%, 91%, 80%, 67%; no denials).
    "round193": 0.86,
    "round194": 0.91,
    "round195": 0.89,
    "round196": 0.76,
    # The thirty-fifth wave (first runs 80%, 85%, 82%, 75%; 4 denials).
    "round197": 0.8,
    "round198": 0.92,
    "round199": 0.89,
    "round200": 0.83,
    # The thirty-sixth wave (first runs 71%, 83%, 87%, 78%; 2 denials, none left).
    "round201": 0.76,
    "round202": 0.84,
    "round203": 0.89,
    "round204": 0.81,
    # The thirty-seventh wave (first runs 89%, 83%, 80%, 89%; 3 denials, none left).
    "round205": 0.93,
    "round206": 0.89,
    "round207": 0.90,
    "round208": 0.92,
    # The thirty-eighth wave (first runs 88%, 89%, 83%, 79%; 1 denial, none left).
    "round209": 0.90,
    "round210": 0.91,
    "round211": 0.85,
    "round212": 0.84,
    # The thirty-ninth wave (first runs 90%, 93%, 90%, 90%; no denial; 4 to 7 resumes each).
    "round213": 0.92,
    "round214": 0.92,
    "round215": 0.9,
    "round216": 0.92,
    # The fortieth wave (first runs 86%, 82%, 88%, 87%; 3 denials, none left).
    "round217": 0.88,
    "round218": 0.86,
    "round219": 0.88,
    "round220": 0.96,
    # The forty-first wave, by format only (first runs 82%, 90%, 93%, 77%; no denial).
    "round221": 0.82,
    "round222": 0.9,
    "round223": 0.95,
    "round224": 0.86,
    # The forty-second wave, by format only (first runs 91%, 80%, 84%, 76%; 2 denials).
    # round225 lowered 0.93 to 0.92 at the sixty-sixth stop: a two-column Russian PDF's sidebar
    # titles "Личные данные" and "Контакты", now named as contact sections, take in the jobs
    # printed after them, and two questions of his projects quote other lines first.
    "round225": 0.92,
    "round226": 0.84,
    "round227": 0.85,
    "round228": 0.82,
    # The forty-third wave, by format only (first runs 90%, 67%, 70%, 82%; 4 denials).
    "round229": 0.92,
    "round230": 0.7,
    "round231": 0.73,
    "round232": 0.85,
    # The forty-fourth wave, by format only (first runs 87%, 85%, 91%, 89%; 5 denials).
    "round233": 0.87,  # 0.88 until "Teaching & Presentation Experience" named jobs
    "round234": 0.87,
    "round235": 0.91,
    "round236": 0.92,
    # The forty-fifth wave, by format only (first runs 75%, 88%, 78%, 71%; 10 denials, 9 of
    # them one HTML page that never closed its head, read as empty).
    "round237": 0.77,
    # 0.92 -> 0.91 at the forty-sixth stop: "職務要約" is now a summary and "職務経歴書" titles
    # the page, so "Which company were they seconded to?" (出向) no longer finds the summary
    # by quoting the wrapper section's first lines.
    "round238": 0.91,
    "round239": 0.78,
    "round240": 0.86,
    # The forty-sixth wave, by format only (first runs 88%, 87%, 78%, 82%; 4 denials).
    "round241": 0.88,
    "round242": 0.9,
    "round243": 0.81,
    "round244": 0.88,
    # The forty-seventh wave, by format only (first runs 81%, 86%, 86%, 78%; 1 denial).
    "round245": 0.82,
    "round246": 0.86,
    "round247": 0.88,
    "round248": 0.80,
    # The forty-eighth and forty-ninth waves, by format only, at once (first runs 84%, 84%, 84%,
    # 83%, 84%, 83%, 83%, 80%; 4 denials, none left); floors at the figures after their rules.
    "round249": 0.86,
    "round250": 0.82,
    "round251": 0.84,
    "round252": 0.91,
    "round253": 0.84,
    "round254": 0.86,
    "round255": 0.86,
    "round256": 0.84,
    # The fiftieth and fifty-first waves, by format only, at once (first runs 82%, 82%, 90%, 77%,
    # 82%, 82%, 80%, 76%; 7 denials, none left); floors at the figures after their rules.
    "round257": 0.82,
    "round258": 0.83,
    "round259": 0.94,
    "round260": 0.81,
    "round261": 0.85,
    "round262": 0.85,
    "round263": 0.82,
    "round264": 0.79,
    # The fifty-second and fifty-third waves, by format only, at once (first runs 86%, 81%, 82%,
    # 80%, 77%, 77%, 82%, 78%; 3 denials, none left); floors at the figures after their rules.
    "round265": 0.88,
    "round266": 0.82,
    "round267": 0.87,
    "round268": 0.87,
    "round269": 0.81,
    "round270": 0.85,
    "round271": 0.84,
    "round272": 0.87,
    # The fifty-fourth and fifty-fifth waves, by format only, at once (first runs 85%, 91%, 87%,
    # 69%, 84%, 88%, 76%, 73%; 512 of 620, 2 denials, none left); floors at their figures after
    # this stop's rules (538 of 620).
    "round273": 0.88,  # 71 of 80: its headline moved to the header (round341) lost a quote
    "round274": 0.93,
    "round275": 0.91,
    "round276": 0.79,
    # One answer each lost to this stop's rules, each rule a net gain over all sets: the
    # undergraduate project's crop (a school line now comes with the degree, pushing it past
    # the lines quoted), the earliest IT job (the line saying more of the question wins).
    "round277": 0.86,
    "round278": 0.88,
    "round279": 0.75,
    "round280": 0.81,
    # The fifty-sixth and fifty-seventh waves, by format only, at once (first runs 94%, 89%,
    # 92%, 90%, 80%, 90%, 78%, 85%; 605 of 690, 6 denials, none left); floors at their figures
    # after this stop's rules.
    "round281": 0.95,
    "round282": 0.92,
    # 0.93 until "Certifications › Soft Skills" was skills; 0.94 while "What degree did he
    # earn?" (null) was denied as pay
    "round283": 0.92,
    "round284": 0.95,
    "round285": 0.84,
    "round286": 0.93,
    "round287": 0.84,
    "round288": 0.87,
    "round289": 0.92,
    "round290": 0.84,
    "round291": 0.96,
    "round292": 0.89,
    "round293": 0.88,  # 0.89 while its sidebar, read second, put the headline by the name
    "round294": 0.92,
    "round295": 0.89,
    "round296": 0.96,
    "round297": 0.89,
    "round298": 0.91,
    "round299": 0.92,
    "round300": 0.93,
    "round301": 0.90,
    "round302": 0.95,
    "round303": 0.88,
    # One case lower: "### 2019-2020" over "**Data Science Team Leader**: BEIS" now heads that
    # job by its bold title; the consultancy before it was found by luck of the cut before.
    "round304": 0.95,
    "round305": 0.86,
    "round306": 0.90,
    "round307": 0.84,
    "round308": 0.93,
    "round309": 0.85,
    "round310": 0.77,
    "round311": 0.91,
    "round312": 0.86,
    "round313": 0.86,
    "round314": 0.93,
    "round315": 0.89,
    "round316": 0.94,
    "round317": 0.84,
    "round318": 0.78,  # 0.79 until "Teaching Experience" named jobs
    "round319": 0.81,
    "round320": 0.91,
    "round321": 0.93,
    "round322": 0.88,
    "round323": 0.89,
    "round324": 0.92,
    "round325": 0.92,
    "round326": 0.85,
    "round327": 0.89,
    "round328": 0.87,
    "round334": 0.80,
    "round335": 0.94,
    "round337": 0.69,
    "round338": 0.77,
    "round339": 0.79,
    "round340": 0.74,
    "round341": 0.86,
    "round342": 0.74,
    # Collected by a helper during the forty-first stop, run once on all its rules (10 PDF, 8
    # not in English): 71 of 100, 2 false denials; 90 and none once studied at the forty-second.
    "round343": 0.89,
    # Collected by two helpers at the forty-second stop's start, run before any of their misses
    # were read: round344 (10 Word, 6 not in English) 76 of 100, no false denial; round345 (10
    # PDF, 7 not in English) 70 and one denial, 75 and none after its first misses were read;
    # 88 and 80 once studied at the forty-third.
    "round344": 0.87,
    "round345": 0.79,
    # Collected by two helpers at the forty-third stop's start, run on that stop's first rules
    # before any of their misses were read: round346 (10 PDF, 8 not in English) 74 of 100, 2
    # false denials; round347 (4 Markdown, 3 JSON Resume, 3 text, 8 not in English) 83, 1
    # denial; 86 and 91, no denial, once their first misses were read (round346 89 at the
    # forty-fourth, its Word tables read row by row).
    "round346": 0.87,
    "round347": 0.90,
    # Collected by two helpers at the forty-fourth stop's start, run on the forty-third's rules
    # before any of their misses were read: round348 (5 PDF, 5 Word, half in English) 82 of 100,
    # round349 (4 Markdown, 3 JSON Resume, 3 text, half in English) 88; no false denial. 92
    # and 90 once their first misses were read.
    "round348": 0.90,
    "round349": 0.88,
    # Collected while those two were studied, run once on every change made for them before
    # their own misses were read: round350 (5 PDF, 5 Word) 88 of 100, round351 (4 Markdown,
    # 3 JSON Resume, 3 text) 84; no false denial. Half of each in English, most outside software.
    # 89 and 84 after (a table inside a Word table's cell read as that cell's text).
    "round350": 0.87,
    "round351": 0.82,
    # Collected by four helpers at the forty-fifth stop's start, each run once before any of its
    # own misses were read: round353 (Markdown, JSON Resume, text) 57 of 70 with one false
    # denial, on the last stop's rules; round352 (5 PDF, 5 Word) 84 of 100, on round353's
    # fixes; round354 (5 PDF, 5 Word, six in other languages) 87 with two false denials and
    # round355 (Markdown, JSON Resume, text; Russian, Japanese, Korean, Portuguese, Spanish)
    # 71 of 90 with five, on the fixes made before each came. No false denial after: 84, 68
    # of 70, 89 and 70 of 90 (round355's Japanese rirekisho and Russian page now quote their
    # lines where they denied, right or wrong).
    "round352": 0.83,
    "round353": 0.95,
    "round354": 0.88,
    "round355": 0.77,
    # Collected by four helpers at the forty-sixth stop's start, each run once before any of its
    # own misses were read: round357 (Markdown, JSON Resume, text) 82 of 100 on this stop's first
    # fixes; round356 (5 PDF, 5 Word) 84 with one false denial (an eight-digit phone number set
    # as a heading) and round359 (Markdown, JSON Resume, text; Japanese, Chinese, Russian…) 90,
    # on the fixes made before each came; round358 (5 PDF, 5 Word; Russian, Czech, Portuguese,
    # Indonesian, Spanish) 83, last. No false denial after.
    "round356": 0.88,
    "round357": 0.97,
    "round358": 0.86,
    "round359": 0.91,
    # A second wave of helpers later in the same stop, each set run once on every rule made up
    # to then before any of its own misses were read: round361 (Markdown, JSON Resume, text;
    # German, French, Portuguese) 85 of 100, round363 (the same formats; Russian, Chinese,
    # Korean, Polish, Portuguese) 86, round362 (5 PDF, 5 Word; Spanish, Indonesian, Portuguese,
    # Russian, Chinese) 90; no false denial. 90, 88 and 90 after. round360 (5 PDF, 5 Word;
    # French, Spanish, Swedish, Dutch, Portuguese), last, 88 with no false denial, its misses
    # studied at the next stop (97 after).
    "round360": 0.96,
    "round361": 0.9,
    "round362": 0.92,
    "round363": 0.9,
    # Collected by four helpers at the forty-seventh stop's start, each run once on every rule
    # made up to then before any of its own misses were read: round365 (Markdown, JSON Resume,
    # text; French, German, Portuguese, Spanish) 94 of 100 with one false denial ("the Lot", a
    # French department, of "Lotocar"), round367 (the same formats; Russian, Turkish, Korean,
    # Chinese, Spanish) 75 with two (a name run together, "TengYan"), round366 (5 PDF, 5 Word;
    # Turkish, Spanish, Russian, Chinese) 85, round364 (5 PDF, 5 Word; German, French, Spanish)
    # 87. After: 94, 84, 92, 95; "the Lot" is still denied.
    "round364": 0.94,
    "round365": 0.93,
    "round366": 0.91,
    "round367": 0.83,
    # Collected by four helpers at the forty-eighth stop's start, each run once on every rule
    # made up to then before any of its own misses were read: round370 (5 PDF, 5 Word; Slovak,
    # Korean, Spanish, Russian, Bulgarian) 89 of 100, round371 (Markdown, JSON Resume, text;
    # Russian, Spanish, Chinese, Korean, Portuguese) 87, round368 (5 PDF, 5 Word; German,
    # French, Dutch, Spanish, Portuguese) 89, round369 (Markdown, JSON Resume, text; French,
    # Spanish, German, Portuguese) 91 with one false denial (an e-mail spaced against
    # harvesters, "kirix . isakov @ gmail . com"). After: 95, 94, 94, 94, no false denial;
    # the next stop, 96, 94, 97, 94.
    "round368": 0.96,
    "round369": 0.93,
    "round370": 0.95,
    "round371": 0.93,
    # A second wave later in the same stop, run the same way: round373 (Markdown, JSON Resume,
    # text; German, French, Portuguese) 81, round375 (the same formats; Chinese, Russian, Korean,
    # Spanish) 84, round372 (5 PDF, 5 Word; French, Spanish, German, Portuguese) 89; no false
    # denial. After: 84, 87, 90; the next stop, 87, 90, 93.
    "round372": 0.92,
    "round373": 0.86,
    "round375": 0.89,
    # Collected by four helpers at the forty-ninth stop's start, run the same way: round376
    # (5 PDF, 5 Word; French, German, Spanish, English) 82 of 100, round379 (Markdown, JSON
    # Resume, text; Ukrainian, Chinese, Portuguese, English) 71 of 90 with one false denial
    # (a phone number after its label's colon, "Телефон:0987796042"). After: 93, 82, none.
    "round376": 0.92,
    "round379": 0.91,
    # round377 (Markdown, JSON Resume, text; German, Spanish, French, English), delivered after
    # that stop's work had landed: 87 of 100 on its first run, no false denial.
    "round377": 0.92,  # 93 after this stop's rules
    # Collected by four helpers at the fiftieth stop's start, run the same way: round380 (5
    # PDF, 5 Word; German, Portuguese, Spanish, French, English) 89 of 100, round381 (Markdown,
    # JSON Resume, text; German, Dutch, Spanish, French, English) 93, round382 (5 PDF, 5 Word;
    # Portuguese, Hungarian, Russian, Chinese, Spanish, Turkish, English) 87, round383
    # (Markdown, JSON Resume, text; Polish, Portuguese, Russian, Chinese, Spanish, English) 89
    # with one false denial ("What languages does Andreas know?" of spoken languages only).
    # After: 93, 97, 94, 96, none.
    "round380": 0.92,
    "round381": 0.96,
    "round382": 0.93,
    "round383": 0.95,
    # A second wave later in the same stop, run once on every rule of it before any miss was
    # read: round384 (PDF, Word) 85, round385 (Markdown, JSON Resume, text) 88, round386 (PDF,
    # Word) 82, round387 (Markdown, JSON Resume, text) 95; one false denial each in round384
    # and round387. Read at the fifty-first stop: 91, 91, 85, 98; round387's denial mended.
    "round384": 0.90,
    "round385": 0.90,
    "round386": 0.84,
    "round387": 0.97,
    # Collected at the fifty-first stop's start and run once on every rule made up to then:
    # round390 (5 PDF, 5 Word; German, Russian, Chinese, Portuguese, Spanish twice, English) 79
    # of 100 with two false denials ("languages or software" of "软件 · Python 和 R", a Canva
    # sidebar's "Adress: Kharkiv" run into its other fields). After: 86, none.
    "round390": 0.85,
    # Three more helpers of the same stop delivered late, run once on all of its rules before
    # any of their misses were read: round388 (5 PDF, 5 Word) 73, round389 (Markdown, JSON,
    # text) 91, round391 (Markdown, JSON Resume, text) 79; no false denial. Read at the
    # fifty-second stop: 90, 96, 91.
    "round388": 0.89,
    "round389": 0.95,
    "round391": 0.90,
    # Collected at the fifty-second stop and run once on every rule made up to then, before
    # any of its own misses were read: round394 (4 Markdown, 3 JSON Resume, 3 text; German,
    # Russian, Turkish, French, Portuguese, Spanish, English) 86, no false denial. Read the
    # same stop: 94.
    "round394": 0.93,
    # Beside it, the same way: round393 (5 PDF: Canva, Illustrator, pdfTeX, Typst, a Word
    # export; 5 Word: text boxes and tables, heading styles, bold lines, two columns twice;
    # Italian, French, German, Spanish, Portuguese, Russian, Korean, English) 84, no false denial.
    # Read the same stop: 88; 89 at the fifty-third.
    "round393": 0.88,
    # And round395 (4 Markdown, 3 JSON Resume, 3 text; Russian four times, Spanish four,
    # Portuguese, English), run on every rule made up to then, round393's and round394's
    # included: 82, no false denial. Read the same stop: 88.
    "round395": 0.87,
    # And round392 (5 PDF: pdfTeX, a Japanese Word 2019 rirekisho, Google Docs, pdfmake, Canva;
    # 5 Word: tab-aligned form fields with dashed labels, a text-box header, one merged-cell
    # table, side-label tables, bold lines; Polish, Japanese, Slovak, Indonesian, Korean,
    # English), the last in, on every rule made up to then: 76 with three false denials
    # (Indonesian studies under a dashed "---pendidikan", a Korean "수상 경력" read as jobs).
    # Read the same stop: 80, the three mended; 82 at the fifty-third.
    "round392": 0.81,
    # Collected at the fifty-third stop and run once on every rule made up to then, before any
    # of its own misses were read: round396 (2 Markdown, 2 JSON, 2 text; French, Russian,
    # Japanese, Italian, Chinese, English) 47 of 60, one false denial (a fablab's "Core member"
    # asked as a maker community, denied as volunteering).
    # Read the same stop: 52 of 60, the denial mended.
    "round396": 0.85,
    # Beside it, the same way: round398 (4 Markdown, 3 JSON Resume, 3 text; Turkish, Japanese,
    # Korean, French three times, Spanish, Chinese, Russian, English) 75, two false denials
    # (Japanese listed as Turkish "Japonca", an HPC certificate as "Calcul Intensif").
    # Read the same stop: 80, both mended.
    "round398": 0.79,
    # And round397 (5 PDF: Canva, a Japanese rirekisho, a Word export, Google Docs, pdfTeX; 5
    # Word: a photo table, a Portuguese template, heading styles, header shapes, bold lines;
    # Turkish, Japanese, German, Spanish, Russian, Portuguese, English) 78, one false denial (a
    # Portuguese template's job dates in "título 1"-styled lines read as headings).
    # Read the same stop: 89, the denial mended.
    "round397": 0.88,
    # And round399 (5 PDF: Canva, Europass, Typst, pdfTeX, Chrome; 5 Word: a Korean form, heading
    # styles and tables, text boxes, bold lines, plain paragraphs; Turkish, Spanish, Italian,
    # Japanese, Korean, Russian, French, Chinese, English) 71, two false denials (the Canary
    # Islands of "Servicio Canario de Salud", ECG of "Electrocardiografía").
    # Read the same stop: 82, both mended.
    "round399": 0.81,
    # A second wave of the fifty-third stop, run once on every rule made up to then (the first
    # wave's included) before any of its own misses were read: round400 (3 Markdown, 1 JSON
    # Resume, 1 text; French, German, Spanish, Japanese, English) 41 of 50, two false denials
    # (an e-mail written "ikuwow(at)gmail.com"; "Alexandre Moret", a name the page never
    # spells, denied as unmentioned). Read the same stop: 43, both mended.
    "round400": 0.85,
    # round401 (5 PDF: Japanese LaTeX, a Spanish Word export, French Canva, Google Docs, a
    # Swiss sidebar; 5 Word: Portuguese heading styles, Russian text boxes, bold lines, Title
    # and Heading 2, Russian "Label: value" lines) 85, no false denial. Read the same stop: 87;
    # 89 with the fifty-fourth stop's rules.
    "round401": 0.88,
    # round402 (2 Markdown, 2 JSON, 1 text; Spanish, German, Chinese, Russian, French) 39 of
    # 50, two false denials (a phone published masked, "175xxxx5980"; "ivafanas (at) gmail.com").
    # Read the same stop: 41, both mended.
    "round402": 0.81,
    # round403 (5 PDF: French Canva, a Russian Chrome print in two columns, German moderncv,
    # a Turkish Word export, Apple Pages; 3 Word: a Spanish template table, Chinese heading
    # styles, plain "Label: value" lines) 55 of 80, no false denial. Read the same stop: 58;
    # 61 with the fifty-fourth stop's rules.
    "round403": 0.75,
    # The fifty-fourth stop's, run once on every rule made up to then before any of their misses
    # were read: round404 (4 Markdown, 2 JSON Resume, 1 JSON, 3 text; Portuguese, Spanish,
    # German, French, Russian, English, one of them UTF-16) 80 of 100, two false denials ("Romeo
    # and Juliet" of a Catalan "ROMEU I JULIETA"; "日本語" in a Spanish JSON Resume's languages).
    # Read the same stop: 84, both mended.
    "round404": 0.83,
    # round405 (5 PDF: a Japanese Chrome print, a French Word 365 sidebar, a Spanish AltaCV,
    # Canva, Google Docs; 5 Word: Ukrainian, Portuguese capitals, Chinese heading styles, a
    # Korean table layout, contacts in the page header) 78, no false denial. Read the same stop:
    # 90.
    "round405": 0.89,
    # round406 (Italian Jekyll, a French JSON Resume missing a comma, Spanish custom JSON,
    # Russian text) 34 of 40, no false denial. Read the same stop: 37.
    "round406": 0.92,
    # round407 (5 PDF: Spanish awesome-cv, French AltaCV, German Type3 fonts, a Korean
    # JobKorea builder, a German Word export; 4 Word: Chinese, Portuguese twice, Russian) 72 of
    # 90, no false denial. Read the same stop: 76.
    "round407": 0.84,
    # round408 (3 Markdown: a Japanese 職務経歴書 of tables and nested labels, a Russian
    # Jekyll page whose jobs are a pipe table, a Spanish Chirpy tab; a French JSON Resume) 28 of
    # 40, no false denial. Read the same stop: 35.
    "round408": 0.87,
    # round409 (4 PDF: Aspose Chinese, a French Word export, Illustrator, Apple Pages; 2 Word:
    # Russian bold labels, a Mozambican form) 51 of 60, no false denial. Read the same stop: 56.
    "round409": 0.93,
    # round410 (4 Markdown: German GitBook, Hugo columns, a Japanese 職務経歴書, Portuguese
    # without accents; 2 JSON Resume; a Chinese profile JSON; 3 text: dashed records, French
    # dates over tab-indented titles, a Lattes PDF's text) 64 of 100, one false denial (an
    # EngD taken for no doctorate). Read the same stop: 85.
    "round410": 0.85,
    # round411 (5 PDF: Italian Europass, a Polish Chrome print, LaTeX, a Photoshop export with no
    # glyph widths, a Korean headless Chrome; 5 Word: Russian bold lines, a Japanese 履歴書 table,
    # bilingual text boxes, Portuguese two columns, Portuguese heading styles) 66 of 100, one
    # false denial (Docker, in the Photoshop export read with a space in each word). Read the
    # same stop: 85.
    "round411": 0.85,
    # round412 (a Spanish Pandoc page, a Russian text CV: two files in its helper's time) 18 of
    # 20, no false denial. Read the same stop: 18.
    "round412": 0.9,
    # round413 (5 PDF: a German PDF24 with a cover letter, a Japanese 履歴書 grid, Spanish Word
    # 365, a Chrome sidebar, LaTeX; 5 Word: French text boxes, Portuguese Google Docs lines,
    # sections split by line breaks, Dutch tab-aligned labels, a two-column table) 85 of 100,
    # no false denial. Read the same stop: 90.
    "round413": 0.9,
    # round414 (4 Markdown: Portuguese profile sections, a Japanese 履歴書 pasted from a
    # spreadsheet, French bold date lines, Jekyll front matter with HTML; 3 JSON Resume; 3 text:
    # German tab-dated, HTML saved as text, a LinkedIn export with Russian labels) 83 of 100, no
    # false denial. Read the same stop: 90.
    "round414": 0.9,
    # round415 (5 PDF: a PowerPoint export, Croatian Europass, Canva, moderncv, a Portuguese
    # LaTeX article; 5 Word: Korean bold lines, a Japanese 職務経歴書 of tables, Russian two
    # columns, text boxes, heading styles) 82 of 100, no false denial. Read the same stop: 92.
    "round415": 0.92,
    # The second wave: round416 (German Markdown tables, Korean Jekyll, a French JSON Resume,
    # Portuguese text: four files in its helper's time) 36 of 40, no false denial. Read the same
    # stop: 36.
    "round416": 0.9,
    # round417 (5 PDF: Dutch and Spanish LaTeX, a Word export, Japanese PowerPoint slides,
    # Chinese WPS; 5 Word: Portuguese Word Online lines, a Japanese 履歴書 table, list
    # paragraphs, an Indian CV of tab-aligned labels, Russian one to three columns) 88 of 100,
    # no false denial. Read the same stop: 89.
    "round417": 0.89,
    # round418 (3 Markdown: Portuguese Hugo blockquotes, a Korean ox-hugo table, plain
    # headings; a French JSON Resume; 2 text: a Portuguese LinkedIn export, a Russian
    # electrician's paragraph: six files) 49 of 60, no false denial. Read the same stop: 50.
    # Lowered 0.83 to 0.81 at the sixty-sixth stop: "Does he have a university computer science
    # degree?" (silence its answer) is no longer "does not mention a degree" where the page has
    # a section of studies (a bootcamp's): any degree is never denied beside one.
    "round418": 0.81,
    # round419 (5 PDF: a Japanese Chromium print of tables, a German Word export of label and
    # value columns, a letter-spaced sidebar, Vietnamese XeLaTeX, a Polish headless Chrome
    # sidebar; 5 Word: a Korean form of 18 tables, heading and list styles, Russian bold lines,
    # an Indonesian template, a header table) 83 of 100, one false denial (qualifications said
    # only in a British CV's profile). Read the same stop: 91.
    "round419": 0.91,
    # The fifty-seventh stop's: round420 (Portuguese plain bullets, a Jekyll academicpages
    # researcher, a Russian emoji header; a French JSON Resume: four files in its helper's time)
    # 36 of 40, no false denial. Read the same stop: 39.
    "round420": 0.97,
    # round421 (5 PDF: a Japanese Word 履歴書, French RenderCV, a Word 365 academic CV, Chinese
    # Typora, German Canva; 5 Word: a Russian table, tab-aligned dates, a short template,
    # Portuguese numbered sections, an emoji contact line) 85 of 100, no false denial. Read the
    # same stop: 89; at the fifty-eighth, 93 (its 履歴書, an A3 sheet of two pages, read a page
    # at a time).
    "round421": 0.92,
    # round422 (Italian Hugo TOML front matter, Spanish plain sections, Russian bullets: three
    # files) 26 of 30, no false denial. Read the same stop: 29.
    "round422": 0.96,
    # round423 (5 PDF: a Word sidebar, a Japanese Excel 履歴書, Google Docs, German LaTeX, Spanish
    # cairo; 5 Word: Russian tables, Portuguese bold lines, a two-column table, 18 text boxes,
    # heading styles) 83 of 100, one false denial (a post sought, read as work experience asked).
    # Read the same stop: 87.
    "round423": 0.87,
    # The second wave: round424 (Spanish Jekyll, Russian prose, Portuguese h3 sections; a
    # Spanish JSON Resume; a bilingual Chinese text of diamond bullets, an English biography:
    # six files in its helper's time) 50 of 60, no false denial. Read the same stop: 51 (its
    # biography's Chinese, read as GBK since, calls him "王博士" where the question of his
    # doctorate's university expected a denial).
    "round424": 0.85,
    # round425 (5 PDF: a Korean job portal's form, French LuaLaTeX, Russian XeLaTeX, pdfTeX,
    # letter-spaced Canva; 5 Word: Ukrainian and Russian label lines, tab-aligned fields,
    # Portuguese headings, Russian labels and values) 86 of 100, no false denial. Read: 88.
    "round425": 0.88,
    # round426 (5 PDF: Chinese and French LaTeX, a Russian hh.ru export, Google Docs, a Word
    # export in two columns; 5 Word: Spanish heading styles, Russian text boxes, a table
    # template, Portuguese plain lines, tab-aligned dates) 87 of 100, one false denial (a town
    # said only on a job's line). Read the same stop: 90.
    "round426": 0.9,
    # round427 (5 PDF: Portuguese Figma, Spanish FlowCV, French Word 365, LaTeX, a Chrome print;
    # 5 Word: Russian paragraphs, a Japanese 職務経歴書 of ■ headings and tables, Chinese WPS text
    # boxes, heading styles, Spanish layout tables) 86 of 100, no false denial. Read: 87.
    "round427": 0.87,
    # The fifty-eighth stop's wave: round428 (a French JSON Resume with a generator's sample
    # jobs under a key of its own, Chinese and Portuguese JSON of their own shapes, a Jekyll
    # page, a text flattened from a table: five files in its helper's time) 39 of 50, no false
    # denial.
    # Read the same stop: 41.
    "round428": 0.82,
    # round429 (5 PDF: a Korean Saramin print, Apple Pages, moderncv, a Chinese Word export,
    # French Canva; 5 Word: a JIS 履歴書 of tables and a text box, Russian tables, Portuguese
    # rule lines, 43 text boxes, bold lines) 73 of 100, two false denials (a masked e-mail, a
    # rirekisho's birth date).
    # Read the same stop: 77.
    "round429": 0.77,
    # round430 (5 PDF: a LaTeX sidebar, a 履歴書 form of era years, a JobKorea export, a Word
    # export, Canva; 5 Word: a table layout, Chinese text boxes, Russian bold lines, heading
    # styles, list paragraphs) 88 of 100, no false denial.
    # Read the same stop: 90.
    "round430": 0.9,
    # round431 (5 PDF: an 8-page LaTeX CV, a LinkedIn export, Turkish Canva, a Chromium
    # sidebar, Microsoft Print to PDF; 5 Word: a Russian table, Chinese WPS text boxes, Spanish
    # heading styles, Heading 1 tables, Portuguese bold lines) 82 of 100, no false denial.
    # Read the same stop: 85.
    "round431": 0.85,
    # Its second wave: round432 (Markdown with R Markdown, Jekyll and YAML-only front matter, pipe
    # tables; Japanese JSON of its own keys and a Reactive Resume export, both refused then;
    # Portuguese flat JSON; two pages of HTML saved as text, Portuguese labels) 59 of 100, no
    # false denial.
    # Read the same stop: 83 (both JSON files read: a Reactive Resume export, a name in its
    # spellings).
    "round432": 0.83,
    # round433 (French and letter-spaced German Canva, a Russian ABBYY FineReader PDF, a Korean
    # form in Word: four files in its helper's time) 26 of 40, no false denial.
    "round433": 0.65,
    # round434 (5 PDF: Spanish Canva, a letter-spaced Word export, WeasyPrint, Acrobat PDFMaker,
    # pdfTeX with a sidebar of icon names; 5 Word: Russian bold labels, Chinese WPS text boxes and
    # tables, heading styles, list paragraphs, a Spanish layout table) 83 of 100, two false
    # denials (an education titled "// EDUCATION" over entries with honours, a sidebar's town).
    # Read the same stop: 88.
    "round434": 0.88,
    # round435 (French and German moderncv, Google Docs printed by Chrome, Portuguese bold
    # lines: four files in its helper's time) 37 of 40, no false denial.
    "round435": 0.92,
    # Its third wave: round436 (a French Markdown CV of emoji links, a Chinese product manager's
    # pipe-separated lines, an English JSON Resume whose schooling is sentences, a Spanish JSON
    # Resume that is not JSON (a bracket never closed: refused, as it should be) 28 of 40, no
    # false denial.
    "round436": 0.7,
    # round437 (5 PDF: Catalan Quartz, a Japanese Word 履歴書, pdfTeX, German Canva in two columns,
    # XeLaTeX awesome-cv with its spaces lost; 5 Word: Portuguese heading styles, Chinese emoji
    # tables, a Russian table, Russian tab-indented lists, a Google Docs export) 82 of 100, no
    # false denial.
    "round437": 0.82,
    # round438 (5 PDF: ReportLab, letter-spaced Russian Canva, German moderncv, a French web page
    # printed by PDFCreator, Google Docs; 5 Word: Traditional Chinese tables, text boxes of
    # tab-aligned labels, Portuguese heading styles, Russian bold lines, tab-aligned dates) 88 of
    # 100, no false denial.
    "round438": 0.88,
    # round439 (4 PDF: Russian Canva, Nitro Pro, Google Docs, pdfTeX; 4 Word: a Korean form of
    # tables, bordered lines, heading styles, Portuguese paragraphs) 69 of 80, no false denial.
    # Read the same stop: 70.
    "round439": 0.87,
    # Its fourth wave: round440 (a Japanese Jekyll page, a Portuguese page of blockquoted lists
    # repeated in a code block, a Polish JSON Resume rebuilt from the search index's text: three
    # files in its helper's time) 24 of 30, no false denial.
    "round440": 0.8,
    # round441 (4 PDF: an Arabic Word export, a Japanese Google Docs export, R pagedown, a Chrome
    # print; 2 Word: a Russian page in one table, python-docx bullets) 47 of 60, no false denial.
    "round441": 0.78,
    # round442 (3 PDF: French moderncv, Europass, German Canva; 2 Word: heading styles, a table
    # of shaded bands) 39 of 50, no false denial.
    "round442": 0.78,
    # round443 (5 PDF: Swiss German Quartz, French Canva, a Spanish pdfTeX sidebar, a cairo print,
    # TextMaker; 3 Word: Portuguese bold lines, a Google Docs export, a template's styles) 75 of
    # 80, no false denial.
    "round443": 0.93,
    # The fifty-ninth stop's first wave, first runs on abb2c35: round444 (German moderncv,
    # Spanish tabularx, Italian awesome-cv and Polish friggeri LaTeX, a French HTML page, a French
    # text file) 50 of 60, no false denial. Read the same stop: 53.
    "round444": 0.88,
    # round445 (4 PDF: a Spanish Word export in two columns, French Canva, Spanish Illustrator,
    # Dutch XeLaTeX; 3 Word: Portuguese Google Docs and Word, a Philippine tab-aligned page) 59 of
    # 70, one false denial (a birth year glued to its label, "NACIMIENTO1992"; mended). Read the
    # same stop: 60.
    "round445": 0.85,
    # round446 (5 PDF: Korean Typst and Quartz, Thai Canva, Chinese Word, a Japanese two-column
    # page; 5 Word: Chinese WPS and JisuOffice, Japanese tab-aligned and table forms) 70 of 100,
    # one false denial (a Japanese car licence; mended). Read the same stop: 72.
    "round446": 0.71,
    # round447 (4 PDF: Canva, Google Docs, Word, pdfTeX; 4 Word: text boxes, tab-aligned, plain)
    # 73 of 80, no false denial.
    "round447": 0.91,
    # round448 (5 PDF: a Ukrainian two-column page, a Hebrew Word export, Turkish LaTeX, Arabic
    # Canva, a Russian job site's export; 4 Word: Persian plain and tables, Hebrew, Russian
    # ONLYOFFICE) 57 of 90, no false denial. Read the same stop (Arabic, Persian and Hebrew
    # headings named): 67.
    "round448": 0.74,
    # round449 (4 PDF: two Apple Pages, Spanish Typst, LibreOffice; 5 Word: plain, tab-aligned
    # German, Danish pandoc, Chinese text boxes) 83 of 90, one false denial (a CGPA "8.63/10";
    # mended). Read the same stop: 85.
    "round449": 0.94,
    # Its second wave, first runs on 945fc1c: round450 (5 PDF: Spanish Canva twice, Typst, a
    # Chrome print, a French PowerPoint export; 5 Word: Word 2007, tab-aligned, Portuguese tables,
    # a heading column, text boxes) 80 of 100, one false denial ("Licencia tipo A Moto";
    # mended). Read the same stop: 82.
    "round450": 0.81,
    # round451 (Japanese, Chinese and Russian Markdown tables and lists, a Portuguese .txt of
    # Markdown, developercv and Chinese timeline LaTeX, a French HTML page, two JSON files of
    # their owners' keys) 79 of 100, no false denial. Read the same stop: 81.
    "round451": 0.8,
    # Its third wave, first runs on 945fc1c: round452 (3 HTML, 2 Markdown under TOML front
    # matter, 2 JSON of their owners' keys, a JSON Resume, Portuguese and French LaTeX) 92 of
    # 100, no false denial. Read the same stop: 93.
    "round452": 0.92,
    # round453 (5 PDF: German jsPDF and LibreOffice, French moderncv, Word 365 and Canva; 3
    # Word: a Mexican judge's prose, Spanish text boxes, Portuguese two columns) 67 of 80, no
    # false denial. Read the same stop: 68.
    "round453": 0.84,
    # round454 (5 PDF: Word 365, Google Docs, pdfTeX, LuaTeX, French Canva; 5 Word: a tab grid,
    # pandoc, Portuguese labels, tables, Apple Pages text boxes) 87 of 100, no false denial.
    # Read the same stop: 88.
    "round454": 0.87,
    # round455 (5 PDF: two Word exports, Japanese Typst, Korean xdvipdfmx, Spanish Canva; 5 Word:
    # Chinese WPS Markdown text and tables, a Russian hh.ru table, two Russian plain pages) 81 of
    # 100, one false denial ("Licencia: Tipo B Automóvil"; mended). Read the same stop: 83.
    "round455": 0.82,
    # Its fourth wave, first runs on 9dd678a: round456 (5 HTML: Persian right to left, French
    # Bootstrap, a Norwegian Word export, Chinese cards, Arabic beside English; 3 LaTeX; a Russian
    # text file) 72 of 90, no false denial.
    "round456": 0.79,
    # round457 (5 PDF: German and English LibreOffice, French pdfTeX, Spanish Word 365, Word
    # text boxes; 5 Word: Spanish, Kenyan prose, a Ukrainian table, an Indian table, Zambian WPS)
    # 88 of 100, no false denial.
    "round457": 0.87,
    # round458 (5 PDF: OpenOffice, Google Docs, Canva, LaTeX, Illustrator; 5 Word: LibreOffice,
    # a Google Docs table, plain, text boxes, a photo page; Spanish, Portuguese, English) 88 of
    # 100, two false denials ("Systems Engineering" of "Ingeniero de Sistemas" and "Ingeniería
    # de sistemas e informática"; mended). Read the same stop: 90.
    "round458": 0.89,
    # round459 (5 PDF: Persian, Arabic, Indonesian, English Word exports; 5 Word: text boxes,
    # Word 2010, tabs, WPS, plain) 78 of 100, no false denial.
    "round459": 0.77,
    # The sixtieth stop's first wave, first runs on e24f8ec (the fifty-ninth's last commit):
    # round460 (5 PDF: moderncv with a date column, Google Docs, LaTeX with its header repeated,
    # sb2nov, Word for Mac; 5 Word: contacts in a table, Google Docs, contacts in the page
    # header, text boxes and tables, tabbed dates; all English) 91 of 100, no false denial.
    "round460": 0.9,
    # round461 (5 PDF: two French, Italian small capitals with its spaces lost, Dutch,
    # Portuguese; 3 Word: Portuguese) 67 of 80, no false denial.
    "round461": 0.83,
    # round462 (4 Markdown: pandoc definition lists, nested lists, a LinkedIn export, French
    # bold labels; 2 text; an HTML page; German altacv LaTeX; a French JSON Resume; a Portuguese
    # JSON of its owner's keys) 93 of 100, no false denial. Read the same stop: 94.
    "round462": 0.93,
    # round463 (5 PDF: two Japanese 職務経歴書, two Korean, a Vietnamese sidebar; 5 Word:
    # two Chinese in text boxes only, a Japanese 職務経歴書 and 履歴書, a Korean company
    # form) 53 of 100, no false denial.
    "round463": 0.52,
    # round464 (4 PDF: a Spanish Canva sidebar, a Japanese 履歴書 table, a Russian date column, a
    # Spanish Europass; 4 Word: Indian tables, Chinese WPS tables, Portuguese, a Ukrainian
    # operator's English) 64 of 80, no false denial.
    "round464": 0.79,
    # round465 (5 LaTeX: moderncv banking, classic twice, casual, a titlesec article; 4
    # hand-written HTML; a HackMyResume text file; German, French, Spanish, Portuguese, English)
    # 84 of 100, one false denial ("Permis voiture depuis 2006"; mended). Read the same stop:
    # 85.
    "round465": 0.84,
    # Its second wave, first runs on e24f8ec: round466 (4 Markdown: academicpages three times,
    # one almost all HTML, a French Hugo page; Portuguese LaTeX; a German Tailwind page) 51 of
    # 60, one false denial (a move to Switzerland said as "déménagé en Suisse"; mended). Read
    # the same stop: 52.
    "round466": 0.86,
    # round467 (5 PDF: academic CVs (moderncv, pagedown, XeTeX, MiKTeX, a French moderncv); 5
    # Word: academic CVs with tabbed dates or layout tables) 83 of 100, no false denial. Read
    # the same stop: 84.
    "round467": 0.83,
    # round468 (5 PDF: Google Docs, WPS, Pdfcrowd, Canva, TCPDF; 5 Word; three Spanish, seven
    # Brazilian Portuguese) 84 of 100, no false denial.
    "round468": 0.83,
    # round469 (5 PDF: Apache FOP with a date column, a Finnish Word export, Swedish LaTeX,
    # Swedish Canva, Danish ReportLab; 5 Word: text boxes, a PDF conversion, contacts in the
    # header, dates in cells, a photo page; German, Swedish, Danish, Finnish) 76 of 100, 2 false
    # denials ("Gymnasium" of a "Realgymnasium", a Finnish "Ruotsi" asked as Swedish; mended).
    # Read the same stop: 77.
    "round469": 0.76,
    # round470 (7 JSON: two JSON Resumes its owners changed, a FRESH file, four of their owners'
    # keys; 3 LaTeX: friggeri, Jake's, res.cls) 89 of 100, one false denial (a Portuguese
    # "Doutoramento" read as no PhD; mended). Read the same stop: 91.
    "round470": 0.9,
    # round471 (6 PDF: Russian, Hebrew, Slovak, a Turkish Canva, Polish XeLaTeX, Romanian
    # moderncv; 4 Word: Hebrew paragraphs, two Russian, a Czech sidebar table) 73 of 100, one
    # false denial (a Hebrew "בעלת רכב", owns a car; mended). Read the same stop: 74.
    "round471": 0.73,
    # Its third wave, first runs on 4e9cd9c (the same answers as e24f8ec, every one compared):
    # round472 (5 PDF: two Polish Canva, a Hebrew Word export, a Danish Chrome print, an Italian
    # RenderCV; 5 Word: a Spanish pharmacist's 80,000 characters, four English) 89 of 100, no
    # false denial.
    "round472": 0.88,
    # round473 (5 PDF, 5 Word: English from Nigeria, Kenya, Sierra Leone, Uganda, Pakistan and
    # the US, mostly outside software) 86 of 100, no false denial.
    "round473": 0.85,
    # round474 (3 hand-written HTML (German, Portuguese, Spanish entities), a text file, a
    # French Org-mode Markdown, a Portuguese JSON of its owner's keys) 43 of 60, 2 false denials
    # ("20.08.1993 in Kleve" under "Geburtsdaten:", "Análise e Desenvolvimento de Sistemas";
    # mended). Read the same stop: 44.
    "round474": 0.73,
    # round475 (5 PDF: two Europass, Pages, a Swedish Canva, ReportLab; 5 Word: text boxes,
    # Word, a WPS table, Turkish, Russian) 79 of 100, no false denial.
    "round475": 0.78,
    # round476 (3 Word: Chinese WPS, Russian, a bare generated Portuguese; 3 PDF: Typst,
    # RenderCV, a Spanish ReportLab sidebar) 50 of 60, no false denial. Read the same stop: 51.
    "round476": 0.84,
    # round477 (7 LaTeX: Dutch, Spanish, French, Catalan, Polish, German and Portuguese
    # (moderncv, europasscv, hand-made classes); a JSON of its owner's keys) 65 of 80, no false
    # denial. Read the same stop: 66.
    "round477": 0.82,
    # Its fourth wave, first runs on 4e9cd9c: round478 (5 PDF: Word for Mac, pagedown, FlowCV,
    # LaTeX, Canva; 5 Word: text boxes, Google Docs, a table; Africa, three in French) 92 of
    # 100, no false denial.
    "round478": 0.91,
    # round479 (6 PDF: two Indonesian Word exports, Enhancv Vietnamese, wkhtmltopdf, Thai Canva,
    # an Indonesian Figma; 4 Word: a Japanese python-docx, Pakistani, Malaysian, Filipino) 80 of
    # 100, 2 false denials ("IPK 3.86" read as no GPA, a referee under "References:" among the
    # skills; mended). Read the same stop: 82.
    "round479": 0.81,
    # round480 (Chinese Markdown with HTML, a Hebrew and English text, three JSON of their
    # owners' keys (one with a BOM), Ukrainian and Dutch HTML, three LaTeX) 93 of 100, no false
    # denial.
    "round480": 0.92,
    # round481 (6 PDF: a Persian job site's wkhtmltopdf, French Typst, Quartz, a Word academic
    # CV, a Russian sidebar, LibreOffice; 4 Word: English) 86 of 100, no false denial.
    "round481": 0.85,
    # round482 (5 PDF: French moderncv, Italian LaTeX with no name on top, Quartz, Acrobat, a
    # Spanish Canva; 4 Word: Swedish text boxes, French two columns, Hebrew text boxes, an
    # Indian template) 72 of 90, 2 false denials (an e-mail and a phone in a group of text boxes
    # whose fallback is a picture; mended).
    "round482": 0.79,
    # round483 (5 LaTeX: Jake's in Portuguese, moderncv twice, AltaCV, a Russian article; 3
    # HTML: PageMill headings, a generated page, a table fragment) 67 of 80, one false denial
    # ("Other Languages · English · German"; mended). Read the same stop: 69.
    "round483": 0.86,
    # Its fifth wave, first runs on 0f845be (the rules the first four waves' runs led to),
    # round488 on 4e9cd9c: round484 (5 PDF: Word through iLovePDF, Print to PDF, pdfTeX, Canva,
    # Word; 5 Word: tables, a text box, anchored shapes, labelled lines; India and Sri Lanka,
    # English) 87 of 100, no false denial.
    "round484": 0.86,
    # round485 (5 Markdown: two Russian, Romanian, Ukrainian with emoji titles, Greek with HTML
    # inside; a Russian JSON of its owner's keys; a Russian hh.ru text; a Greek HTML page; a
    # Turkish TikZ LaTeX) 59 of 90, 2 false denials (an e-mail a TikZ matrix draws, a job in a
    # LaTeX macro named for a section; mended); its JSON of two translations refused. Read the
    # same stop: 76, that JSON read in its fuller language since.
    "round485": 0.84,
    # round486 (5 PDF: two Word exports, two Google Docs, LaTeX; 5 Word: Word 2010 and 2016,
    # LibreOffice, a generated file, an unknown converter; Brazilian Portuguese, Spanish,
    # English) 87 of 100, no false denial.
    "round486": 0.86,
    # round487 (5 PDF: two moderncv, Canva, Apache FOP, Word 365; 5 Word: two plain, a hloom
    # table template, two all in text boxes; French from France, Morocco, Tunisia, Belgium) 82
    # of 100, no false denial.
    "round487": 0.81,
    # round488 (7 HTML: Bootstrap, Docutils, a PHP page from Markdown, a manpage changelog, HTML
    # 4 tables, two columns, skill bars; 2 LaTeX: AltaCV, a custom class; Spanish, French,
    # English, Dutch, Portuguese) 72 of 90, one false denial ("based near Barcelona"; mended).
    # Read the same stop: 73.
    "round488": 0.81,
    # round489 (5 PDF: two xdvipdfmx LaTeX, Google Docs, a JobKorea export, one of no producer;
    # 4 Word: form tables with checkboxes, text boxes only; Chinese, Taiwanese, Japanese,
    # Korean) 62 of 90, one false denial (a Taiwanese motorcycle licence, "普通重型機車"; mended).
    # Read the same stop: 63. Stop 63: 62 (a Word form's awards row, "教育部機器人創意專題競賽",
    # read as a section once the list mark a cell above leaked onto it no longer does).
    "round489": 0.68,
    # Its sixth wave, first runs on d6093c0 (every rule of the stop but the last): round490 (5
    # PDF: two Canva (two and three columns), pdfTeX, Word 365, a Word 2016 sidebar; 2 Word: one
    # column, a table template with the name in a text box; English) 56 of 70, no false denial.
    "round490": 0.79,
    # round491 (6 PDF: moderncv, pdfTeX, Illustrator, Canva, Google Docs, LibreOffice; 3 Word;
    # German, Austrian, Dutch, Belgian French, English) 69 of 90, no false denial.
    "round491": 0.76,
    # round492 (7 Markdown (Spanish, German, Japanese, English), a moderncv LaTeX, a French JSON
    # Resume, a Russian JSON that does not parse) 71 of 100, no false denial.
    "round492": 0.7,
    # round493 (5 PDF: Arabic and Persian right to left, a Moroccan Canva, two English; 5 Word:
    # German, a French table, Turkish text boxes, two English) 83 of 100, no false denial.
    "round493": 0.82,
    # round494 (5 PDF: LuaTeX, pdfTeX twice, a Portuguese ReportLab sidebar, Word 365, two to
    # four pages; 5 Word: four English, one Russian) 80 of 100, no false denial.
    "round494": 0.79,
    # round495 (2 reStructuredText (Russian, Korean), 2 text, 3 HTML (Arabic, German, Chinese),
    # a LaTeX) 60 of 80, one false denial ("Which phone brands does he specialise in repairing?"
    # read as asking a phone number; mended).
    "round495": 0.74,
    # The sixty-first stop's wave, first runs on 37a1584 (its answers those of 5c5a000, the
    # sixtieth's last commit; round499 on 5c5a000): round496 (5 PDF: Chrome pagedown,
    # wkhtmltopdf, Typst, Chromium, react-pdf; 5 Word: pandoc, LibreOffice twice, Google Docs,
    # Word tables; all English) 86 of 100, one false denial (a sidebar's "Expert: R, SQL,
    # Tableau, Excel" under "Technical", no Skills section; mended). Read the same stop: 88.
    "round496": 0.87,
    # round497 (6 Markdown: front matter, HTML blocks, kramdown definition lists, nested
    # headings; a moderncv LaTeX; all English) 64 of 70, no false denial. Read the same stop:
    # 68.
    "round497": 0.97,
    # round498 (5 PDF: Word and ilovepdf, Word for Mac, xdvipdfmx, wkhtmltopdf, Google Docs; 5
    # Word: Word 2008 for Mac, LibreOffice, Word on Windows; English, Spanish, French,
    # Portuguese) 89 of 100, no false denial. Read the same stop: 91.
    "round498": 0.9,
    # round499 (6 JSON of owners' keys (Spanish and English, Greek and English, Portuguese, one
    # with a trailing comma), a Spanish JSON Resume, a German LaTeX article, a Markdown profile
    # README of badges) 83 of 90, no false denial. Read the same stop: 84.
    "round499": 0.93,
    # round500 (6 PDF: Czech Europass, Hungarian Word and Canva, Danish Chromium, Finnish Word,
    # Italian LaTeX; 4 Word in English: Colombia, Rwanda, Croatia, a Ukrainian Europass table)
    # 79 of 100, one false denial (a Hungarian "Az oktatói testület különdíja" (a special
    # prize); mended). Read the same stop: 80.
    "round500": 0.79,
    # round501 (6 Markdown (Spanish, Portuguese, Vietnamese), an Italian HTML page, AltaCV and
    # moderncv LaTeX in Spanish) 84 of 90, no false denial. Read the same stop: 86.
    "round501": 0.95,
    # Its second wave, first runs on 043eef7 (the first wave's rules): round502 (5 PDF: a Korean
    # page printed by a Chrome extension, a French pdf-lib builder, a Polish HeadlessChrome page
    # over a faint code backdrop, a Spanish pdfTeX, a French Canva; 5 Word: Chinese and
    # Singaporean text boxes, Ukrainian ONLYOFFICE, Turkish, English) 75 of 100, no false
    # denial. Read the same stop: 78.
    "round502": 0.77,
    # round503 (4 JSON (a JSON Resume, a Reactive Resume export, Spanish and Italian owners'
    # keys), 3 Markdown (Portuguese pandoc, definition lists, front matter), a plain text) 75 of
    # 80, no false denial.
    "round503": 0.93,
    # round504 (5 PDF: Brazilian Google Docs, German Quartz, Spanish react-pdf, Spanish Word,
    # French Enhancv; 5 Word: Spanish text boxes, Portuguese twice, Spanish, English) 82 of 100,
    # no false denial.
    "round504": 0.81,
    # round505 (7 Markdown: two Japanese 職務経歴書, Korean, Chinese, Russian, two Ukrainian;
    # Turkish and Polish LaTeX; a Russian JSON Resume) 73 of 100, one false denial ("Which Linux
    # certification does he have?" of a Japanese CV listing "LPIC-1"; mended). Read the same
    # stop: 74.
    "round505": 0.73,
    # round506 (5 PDF: Canva, Google Docs, Word and ilovepdf, LibreOffice, Pages; 5 Word with
    # tables and text boxes; India, Kenya, the Philippines, Sri Lanka) 87 of 100, no false
    # denial.
    "round506": 0.86,
    # round507 (5 HTML (an artist, a stage manager, a golf professional, a game artist, a film
    # editor), 5 Markdown (Quarto, a German pianist, a historian's HTML page, a folklorist, a
    # Spanish producer)) 82 of 100, one false denial (an artist's "b. 1978, New Zealand." read
    # as no birth year; mended). Read the same stop: 83.
    "round507": 0.82,
    # Its third wave, first runs on 1311e30 (the second wave's rules): round508 (6 PDF: pdfTeX,
    # four XeLaTeX (two awesome-cv), an Apple Pages sidebar with broken ligatures; 4 Word with
    # text boxes, a sidebar and tables; English, French, German) 84 of 100, one false denial (a
    # project heading "IDA_Offshore_1" read as "IDAOffshore1", its underscores taken for
    # emphasis; mended). Read the same stop: 85.
    "round508": 0.84,
    # round509 (7 LaTeX (a custom resume.cls, paracol, plain articles, moderncv classic and
    # casual, twentysecondcv), 2 HTML; English, French, German, Spanish) 71 of 90, no false
    # denial. Read the same stop: 75.
    "round509": 0.83,
    # round510 (5 Word and 5 PDF (LaTeX, Word, Google Docs twice, LibreOffice), all one column,
    # all English: the US, Canada, Israel, France) 89 of 100, no false denial.
    "round510": 0.88,
    # round511 (4 Markdown (a theologian's HTML table, a phycologist's bold entries, Hugo,
    # plain), a LaTeX article, a Québec JSON Resume, 2 HTML (a conservator's tables, an artist's
    # prose); English, German, French) 71 of 80, no false denial.
    "round511": 0.88,
    # round512 (5 PDF (a French Canva, two Word 365, a Portuguese LaTeX, a Spanish WPS
    # two-column) and 4 Word (a Peruvian sidebar table, Portuguese, Tanzanian tables, a South
    # African Neat_Office)) 79 of 90, one false denial (a birth date right after the name on the
    # header's line, "Franklin Mlungwana 15 May 2004 12Mitchelle Street"; mended). Read the same
    # stop: 80.
    "round512": 0.88,
    # round513 (a plain text, 2 JSON Resume (one Spanish), an owner's JSON of typed entries, a
    # Markdown of labelled lines) 38 of 50, one false denial ("Phone: 6335-7173", eight digits
    # after their label; mended). Read the same stop: 49.
    "round513": 0.97,
    # Stop 62's first wave, first runs on 74c0675 (its first rules), as were the second and
    # third: round514 (6 PDF (Google Docs, InDesign two columns, a Chrome sidebar, Canva two
    # columns, a 3-page astrophysics CV, an Acrobat Word export), 4 Word (tab stops, nested
    # tables and text boxes, a Google Docs export, one column); all English) 80 of 100, no false
    # denial. Read the same stop: 83.
    "round514": 0.82,
    # round515 (6 Markdown (Portuguese twice, German, French, Italian, Spanish), a moderncv
    # banking LaTeX in German, a Portuguese owner's JSON, a French HTML of tables) 76 of 90, no
    # false denial.
    "round515": 0.84,
    # round516 (3 PDF (a German Microsoft Print to PDF of date tables, a German Canva in two
    # columns, a Word 365 export), 2 Word of text boxes (Polish sidebar, two columns)) 45 of 50,
    # no false denial.
    "round516": 0.89,
    # round517 (a French JSON Resume, 3 owner's JSON (one holding English and Arabic versions,
    # one Mexican), 3 HTML (Brazilian Bootstrap, a French artist's page, a librarian's long
    # page)) 61 of 70, one false denial ("How is his name written in Arabic?" of a JSON whose
    # Arabic version was not read; mended). Read the same stop: 63.
    "round517": 0.89,
    # round518 (5 PDF (Korean ReportLab, a Chinese Word two-column table, Chinese and Japanese
    # Chromium prints, pdfTeX) and 2 Word (English, a tab-aligned Chinese engineer's)) 60 of 70,
    # no false denial.
    "round518": 0.85,
    # round519 (6 LaTeX (a TikZ article, AltaCV, tcolorbox half Ukrainian, res.cls, ruled
    # tables, KOMA scrartcl redefining its sections) and 2 plain text (Portuguese, English)) 64
    # of 80, 2 false denials (a master's named in Ukrainian ("магістр", "Магістерська робота"),
    # twice; mended). Read the same stop: 68.
    "round519": 0.84,
    # round520 (5 PDF (Word exports, LibreOffice, a Spanish two-column Word, Google Docs) and 3
    # Word (Kenyan, Portuguese LibreOffice, Dutch tab stops); English, Spanish, Portuguese,
    # Dutch) 73 of 80, one false denial ("on Saturdays" of a Dutch "op zaterdagen"; mended).
    # Read the same stop: 74.
    "round520": 0.92,
    # round521 (4 Markdown (a physicist-manager's tables, a Hebrew Bible scholar's HTML table, a
    # French team lead, a climate scientist's unclosed front matter), an AltaCV, a
    # nurse-turned-developer's owner's JSON) 54 of 60, no false denial.
    "round521": 0.89,
    # round522 (5 Word (Nigeria, India twice, Nepal text boxes, a Mexican table sidebar) and 4
    # PDF (a Word 2016 sidebar, Cuban WPS labels, Brazilian and Colombian Canva)) 78 of 90, no
    # false denial.
    "round522": 0.86,
    # round523 (a JSON Resume of dated client projects, a French owner's JSON, a French FRESH
    # JSON, a LaTeX source saved as .txt) 38 of 40, no false denial.
    "round523": 0.94,
    # round524 (5 PDF (XeLaTeX with lost spaces, a Chrome print of a web page, French pdfLaTeX
    # with loose accents, pdfLaTeX, a 4-page FlowCV with dates at the right) and 2 Word;
    # researchers and graduates) 60 of 70, no false denial.
    "round524": 0.85,
    # round525 (3 reStructuredText and 7 HTML (a Google engineer, a Word export cleaned by HTML
    # Tidy, a WebSite X5 page, French, Dutch Jekyll, an Italian urologist's long page, Spanish);
    # English, French, Dutch, Italian, Spanish) 86 of 100, 2 false denials ("CMSs" of "CMS:
    # WordPress", and an Italian "Nato a" over the place and date; mended). Read the same stop:
    # 89.
    "round525": 0.88,
    # round526 (8 Markdown: Russian three times, Chinese twice, a Japanese rirekisho of tables,
    # Turkish, Korean) 61 of 80, one false denial (a Korean "저서" (books written) read as no
    # section; mended). Read the same stop: 65.
    "round526": 0.81,
    # round527 (5 PDF (Canva, a French Illustrator sidebar, Google Docs in two columns, Typst
    # with soft hyphens, moderncv) and 5 Word (one column, tables, a PHPDocX export, Word for
    # Mac)) 93 of 100, no false denial. Read the same stop: 94.
    "round527": 0.93,
    # round528 (4 Word (an Edinburgh table sidebar, Kenyan, a Florida spa owner's prose, WPS)
    # and 5 PDF (Google Docs twice, iLovePDF, a macOS print, LibreOffice two columns); all
    # English) 78 of 90, no false denial.
    "round528": 0.86,
    # round529 (3 Markdown (academicpages twice, kramdown with HTML tables), 2 HTML (French), 2
    # LaTeX (currvita, a body without a class), a Chilean JSON Resume) 67 of 80, one false
    # denial (a doctorate asked of "Étienne Monier", whom the page never names; mended).
    "round529": 0.83,
    # round530 (3 plain text (dashed headings, ruled columns, a 2002 Mac developer's) and 2
    # owner's JSON (Czech QA lead, a Brazilian dancer's in Portuguese)) 39 of 50, no false
    # denial.
    "round530": 0.77,
    # Stop 62's fourth wave, first runs on 7674823 (all of its rules): round531 (3 PDF (a French
    # macOS Quartz export, XeTeX, a French mathematician's pdfTeX with its spaces lost) and 2
    # Word (a Europass of tables, LibreOffice); Italian, Lithuanian and Nigerian CVs in English)
    # 37 of 50, no false denial.
    "round531": 0.73,
    # round532 (3 Markdown (code-span dates, a word processor's export with entities, an Astro
    # page of rules), 2 hand-written HTML, 2 LaTeX (a plain article, moderncv); all English) 64
    # of 70, no false denial.
    "round532": 0.91,
    # round533 (5 PDF (Bangladeshi Canva, Kenyan WPS, pdfLaTeX, two Word exports with sidebars)
    # and 5 Word (Filipino WPS and docx-js, Indian Word 2007 twice, Nigerian Word for Mac); all
    # English) 90 of 100, no false denial.
    "round533": 0.89,
    # round534 (3 owners' JSON (Brazilian, a Dutch methodologist's 30 KB, a composer's with no
    # name), a Chilean JSON Resume, 2 LaTeX (Portuguese moderncv, Québec French with TeX
    # accents)) 55 of 60, no false denial.
    "round534": 0.91,
    # Stop 63's wave, first runs on 70f241d (stop 62's last commit): round535 (5 PDF (TextMaker,
    # Google Docs twice, Word for Mac with a skills sidebar, Word 365) and a Word file with a
    # personal-details table; American and Indian, mostly software) 52 of 60, no false denial.
    "round535": 0.86,
    # round536 (4 Markdown (Portuguese, Spanish three times, one a Jekyll page of raw HTML
    # lists), a Uruguayan hand-written HTML page, a Spanish moderncv, a Brazilian owner's JSON
    # in PT, EN and an empty ZZ) 58 of 70, no false denial. Read the same stop: 63.
    "round536": 0.89,
    # round537 (5 PDF (Quartz, iLovePDF, Word 365, Canva, Microsoft Print to PDF) and 4 Word (a
    # table layout, two of text boxes, one generated); Polish, Czech, Dutch and English) 71 of
    # 90, 2 false denials, mended. Read the same stop: 73.
    "round537": 0.81,
    # round538 (6 LaTeX (moderncv banking, classic and casual, currvita, resume.cls, a plain
    # article) and 3 plain text (a 1999 postdoc, a 2004 PhD student, a PDF's text dump);
    # English, Spanish, German) 77 of 90, no false denial. Read the same stop: 78.
    "round538": 0.86,
    # round539 (4 PDF (a Vietnamese Chrome print, a Japanese rirekisho and shokumu keirekisho
    # from Word, an Indonesian Word 365) and 3 Word (a Chinese WPS form, an Ethiopian WPS file,
    # a Russian table)) 57 of 70, 1 false denial, mended. Read the same stop: 60.
    "round539": 0.85,
    # round540 (4 HTML (French three times, one a Google Docs export; a Turkish page of tables),
    # 2 French Markdown (emoji headings, HTML columns), 2 owners' JSON (English with <b> tags,
    # an en/es JSON Resume)) 70 of 80, no false denial. Read the same stop: 71.
    "round540": 0.88,
    # Stop 63's second wave, first runs on a03a9f4 (all of the stop's first rules): round541 (5
    # PDF, all LaTeX (Jake's resume twice, one in French; Ghostscript; pdfTeX; RenderCV) and 5
    # Word (python-docx, tabbed Word 16 and 15, two-column Word 16 and Mac Word 12); students
    # and new graduates in the US, Canada, the UK and France) 82 of 100, 1 false denial, mended.
    # Read the same stop: 83.
    "round541": 0.82,
    # round542 (5 Markdown from Astro, Hugo and Nuxt sites (a computational biologist, a
    # microbiologist, a poet, a hydrologist, an exercise physiologist) and the biologist's
    # moderncv source; all English) 56 of 60, no false denial.
    "round542": 0.93,
    # round543 (5 PDF (LuaTeX, pdfTeX twice, Figma, a Vagas.com page through Word 365) and 4
    # Word (a Google Docs template, text boxes, tables); Spanish, Italian and Brazilian
    # Portuguese) 68 of 90, 1 false denial, mended. Read the same stop: 69.
    "round543": 0.76,
    # round544 (a Slovenian plain-text CV of dashed sections, 3 reStructuredText Pelican pages
    # (French, a Russian developer's field list, a US cloud engineer) and a French Start
    # Bootstrap page) 33 of 50, 3 false denials, mended. Read the same stop: 38.
    "round544": 0.75,
    # round545 (5 PDF (moderncv, Google Docs, two hh.ru exports, a Telegram bot's LaTeX) and 5
    # Word (label tables, merged cells, photos); Russian, one from Belarus, one in English) 71
    # of 100, 1 false denial, mended. Read the same stop: 72.
    "round545": 0.71,
    # round546 (5 owners' JSON (Swedish, Spanish nested four deep, HTML entities, a Swiss-German
    # bare list, a React template's), 2 JSON Resume (Québec French, Argentine Spanish), a Dutch
    # Markdown of R tibbles, 2 moderncv (Portuguese, Czech)) 77 of 100, 1 false denial, mended.
    # Read the same stop: 86.
    "round546": 0.85,
    # Stop 63's third wave, first runs on 8ad4b70 (the second wave's rules): round547 (3 PDF (a
    # sea-turtle oceanographer's 13-page Word for Mac CV, a Hungarian healthcare manager's
    # two-column Canva page, an IT administrator's page of no producer); all English) 23 of 30,
    # 1 false denial, mended.
    "round547": 0.76,
    # round548 (2 Markdown (a Chinese QA engineer's 个人简历, a Japanese backend engineer's
    # 職務経歴書 of HTML and nested lists)) 12 of 20, 1 false denial, mended. Read the same
    # stop: 13.
    "round548": 0.64,
    # round549 (a German student's PDF printed to PDF with a date column, a Norwegian pupil's
    # Word file, an English Word file built of text boxes) 27 of 30, no false denial.
    "round549": 0.89,
    # round550 (5 LaTeX (two Hungarian, one a table a section; a Vietnamese template; two
    # Turkish, one of key/value tables)) 42 of 50, 1 false denial, mended. Read the same stop:
    # 43.
    "round550": 0.85,
    # Stop 64's wave, first runs on 5e9ecfa (stop 63's last commit): round551 (4 PDF (a Russian
    # data scientist's Word export, an Italian data engineer's awesome-cv whose words run
    # together, a Colombian support lead's Canva page, a Filipino graduate's sidebar), 2 Word
    # (an American student's name in header text boxes, a Brazilian apprentice's)) 53 of 60, no
    # false denial. Read the same stop: 58.
    "round551": 0.96,
    # round552 (2 Word (a Brazilian front-end developer's, a Belarusian DevOps developer's page
    # of one merged table), 2 PDF (a Brazilian .NET developer's Google Docs columns, a Colombian
    # engineer's Typst page)) 38 of 40, no false denial. Read the same stop: 39.
    "round552": 0.97,
    # round553 (3 Markdown with front matter (a classicist's numbered lists, a Swedish
    # sculptor's CV with no name, a political scientist's JSON front matter), a researcher's
    # hand-written HTML) 34 of 40, no false denial. Read the same stop: 36.
    "round553": 0.89,
    # round554 (4 owners' JSON (a French architect's .NET export with typed sections and base64
    # logos, a Chinese intern's, a French tester's, a German student's timeline), an English
    # moderncv source saved as text) 34 of 50, no false denial. Read the same stop: 44.
    "round554": 0.87,
    # Stop 64's second wave, first runs on 9157a77 (the first wave's rules): round555 (5 PDF (a
    # Stanford biologist's Apple Pages CV, a Mexican atmospheric scientist's in Spanish, an
    # oceanographer's Google Docs page, an NLP researcher's LaTeX, a Cameroonian student's Canva
    # page), 5 Word (two sociologists, a political scientist, a British learning manager, an
    # Indian graduate's text boxes split mid-word)) 81 of 100, 1 false denial, mended. Read the
    # same stop: 85.
    "round555": 0.84,
    # round556 (a French ecologist's LaTeX sidebar PDF (icon fonts, soft hyphens), an American
    # QA engineer's Word file with his name in the page header, a Scottish student's Word PDF)
    # 22 of 30, 1 false denial, mended. Read the same stop: 25.
    "round556": 0.83,
    # round557 (2 HTML (a Brazilian architect's Bootstrap page, an Argentine student's), 2
    # Russian Markdown (a projects page, a narrative)) 32 of 40, no false denial.
    "round557": 0.79,
    # round558 (a Ukrainian consultant's JSON Resume (certifications under awards), a French
    # sysadmin's LaTeX of one table per job) 19 of 20, no false denial.
    "round558": 0.94,
    # Stop 64's third wave, first runs on 7ca0fe4 (the second wave's rules): round559 (3 PDF (an
    # Italian hotel receptionist's Word export, a Miami cook's Spanish Canva page, an Argentine
    # notary's IT support), 2 Word (a New Zealand chef turned developer, a Canadian student with
    # his contacts in the page header)) 47 of 50, no false denial.
    "round559": 0.93,
    # round560 (3 PDF (a Bangladeshi teacher's LaTeX, a Turkish developer's TCPDF sidebar, an
    # Indonesian developer's Canva columns), an Indian developer's Word template of text boxes
    # stored twice) 38 of 40, no false denial.
    "round560": 0.94,
    # round561 (2 LaTeX (a Berlin student's moderncv, a Swiss engineer's own class, both in
    # German), a Swedish developer's Markdown of dated headings, a Swiss student's hand-written
    # German HTML) 32 of 40, no false denial. Read the same stop: 33.
    "round561": 0.82,
    # round562 (4 English Markdown (a Docusaurus MDX page whose jobs sit in component props, an
    # Android engineer's front matter, an architect turned developer's emoji contacts, a Pandoc
    # file of raw LaTeX and TikZ), a .NET developer's 2014 HTML of floated columns) 46 of 50, no
    # false denial.
    "round562": 0.91,
    # Stop 65's wave, first runs on 3a596d6 (stop 64's last commit): round563 (3 PDF (an
    # American environmental engineer's Google Docs CV of publications, a Scottish computing
    # student's macOS print, an Indian engineering manager's LaTeX), 2 Word (an Italian
    # physicist's sidebar of text boxes and tabbed dates, a French networks student's page)) 45
    # of 50, no false denial. Read the same stop: 50.
    "round563": 0.99,
    # round564 (4 PDF (a Czech electronics student's LaTeX sidebar, a Romanian game tester's
    # Canva columns, a Russian Java student's Word export, a Kyrgyz Unity developer's Canva page
    # in Russian), 2 Word (a Colombian data-centre manager, a Brazilian student in Portuguese))
    # 48 of 60, 1 false denial, mended. Read the same stop: 53.
    "round564": 0.88,
    # round565 (a Norwegian designer's JSON Resume, owners' JSON (a French data architect's
    # fields in two languages, a Danish developer's keys in Danish), 3 LaTeX (a Mexican
    # mathematician's minipages and a Chilean engineer's article in Spanish, an Italian PhD
    # student's tabularx)) 53 of 60, 1 false denial, mended. Read the same stop: 54.
    "round565": 0.89,
    # round566 (4 Markdown (a Chinese front-end engineer, a Japanese iOS developer's portfolio,
    # a Russian Go engineer, an Italian student's profile README in English), a Brazilian
    # intern's hand-written HTML in Portuguese) 44 of 50, no false denial. Read the same stop:
    # 46.
    "round566": 0.91,
    # Stop 65's second wave, first runs on efae327 (the first wave's rules): round567 (2 PDF (a
    # French full-stack lead's LibreOffice page, a New York front-end developer's Chrome print
    # in two columns), a Brazilian data engineer's python-docx Word file in Portuguese) 27 of
    # 30, no false denial. Read the same stop: 29.
    "round567": 0.96,
    # round568 (4 PDF (a Brazilian web designer's Google Docs page, an Azerbaijani programmer's
    # Europass from Skia with zero-width spaces between words, a Nigerian IT support student's
    # ReportLab page, an Uzbek developer's Chromium print), 2 Word (a Brazilian technician
    # student, a Russian student)) 55 of 60, 1 false denial, mended. Read the same stop: 59.
    "round568": 0.98,
    # round569 (2 Markdown (a Cornell computer scientist's 2011 page, an economist's Pandoc CV),
    # a Colombian backend developer's hand-written HTML) 26 of 30, no false denial. Read the
    # same stop: 27.
    "round569": 0.89,
    # round570 (2 JSON Resume (a Moscow data engineer, a Bucharest engineer in English and
    # Romanian), owners' JSON (a DevOps engineer, a French web developer's bilingual sections, a
    # UX executive)) 47 of 50, 1 false denial, mended. Read the same stop: 49.
    "round570": 0.97,
    # Stop 65's third wave, first runs on df63f91 (the first wave's rules): round571 (4 Word (an
    # Indian student's drawn lines, a Brazilian student's LibreOffice file, a Russian
    # instructor's Word 2007 page, a Ukrainian developer's tabbed columns), 2 PDF (an Italian
    # cardiologist's six LuaTeX pages, a Dutch IT architect's nine-page Chrome print)) 48 of 60,
    # 1 false denial, mended. Read the same stop: 49.
    "round571": 0.81,
    # round572 (4 PDF in French and German (an AI student's LaTeX, a business informatics
    # graduate's Google Docs label column, a full-stack apprentice's Canva sidebar, a data
    # scientist's moderncv), a Dutch industrial designer's Word text boxes in English) 40 of 50,
    # no false denial.
    "round572": 0.79,
    # round573 (a Finnish researcher's Markdown, a Spanish AI engineer's LaTeX of his own class)
    # 18 of 20, no false denial.
    "round573": 0.89,
    # round574 (3 HTML (a German trainee's hand-written timeline, an OpenOffice export, a Dutch
    # tester's Word export in windows-1252), 2 plain text (a Spanish engineer's bracketed
    # sections, a LinkedIn profile pasted)) 37 of 50, 1 false denial, mended. Read the same
    # stop: 38.
    "round574": 0.75,
    # Stop 66's first four waves, first runs on 2c785f1 (stop 65's last commit): round575 (3 PDF
    # (an American UX designer's Ghostscript re-save of Type 3 fonts, a Croatian developer's
    # Word export through iLovePDF, an American student researcher's four-page LaTeX CV)) 24 of
    # 30, no false denial.
    "round575": 0.79,
    # round576 (2 PDF (a Chinese engineer's Word export with a personal-details table, a
    # Ukrainian QA engineer's Google Docs page)) 16 of 20, no false denial. Read the same stop:
    # 18.
    "round576": 0.89,
    # round577 (2 Markdown (a Mexican ML engineer's nested headings, a developer's inline HTML
    # spans), owners' JSON (a Greek front-end developer's, a Dominican developer's nested arrays
    # in Spanish), a Serbian programmer's LaTeX article of tabulars) 46 of 50, 1 false denial,
    # mended. Read the same stop: 48.
    "round577": 0.95,
    # round578 (a Peruvian economist's Bootstrap one-page site) 8 of 10, no false denial.
    "round578": 0.79,
    # round579 (5 PDF (an economist's LaTeX, a bioinformatician's Google Docs table, a French
    # developer's damaged sidebar PDF, a Word 365 sidebar, a political scientist's Typst CV), 4
    # Word (two Word for Mac 2008 pages, a cloud architect's ninety text boxes, a DevOps
    # engineer's three-column skills)) 73 of 90, no false denial. Read the same stop: 76.
    "round579": 0.84,
    # round580 (2 Word (a UX designer's tabbed dates, a Senegalese engineering student's text
    # boxes in French), 5 PDF (German Google Docs, InDesign and Illustrator pages, an Argentine
    # LinkedIn export in Spanish, a Brazilian Word export)) 58 of 70, no false denial. Read the
    # same stop: 62.
    "round580": 0.88,
    # round581 (3 Markdown (a Korean engineer, a staff engineer's pandoc front matter, a
    # manager's one-line entries), a Portuguese moderncv source, owners' JSON (a Russian
    # analyst's, a developer's Manfred MAC file)) 53 of 60, no false denial. Read the same stop:
    # 54.
    "round581": 0.89,
    # round582 (2 LaTeX (an Argentine bioengineer's res class in Spanish, a physicist's
    # two-column CV), 3 HTML (a neurosurgeon's XHTML of years, a physicist's 1990s page, a lay
    # minister's FrontPage tables)) 40 of 50, 1 false denial, mended. Read the same stop: 41.
    "round582": 0.81,
    # round583 (5 PDF (two LaTeX economists and astrophysicists, a Japanese agronomist's Marp
    # slides, a French neuropsychologist's Chromium print, a Burkinabe medical student's LaTeX
    # in French), a cryptographer's LibreOffice text frames) 57 of 60, no false denial.
    "round583": 0.94,
    # round584 (3 PDF (a Russian developer's Word export through 3-Heights, Spanish Canva and
    # Word pages), 3 Word (a Turkish engineer's text-box sidebar, two Russian developers' layout
    # tables)) 50 of 60, no false denial. Read the same stop: 54.
    "round584": 0.89,
    # round585 (4 JSON Resume (three schema files and one with its own headings), 4 Markdown (an
    # earth scientist's backtick dates, a Japanese professor's front matter, a French PhD
    # student's HTML tables, a Japanese student's bilingual name)) 75 of 80, no false denial.
    "round585": 0.93,
    # round586 (4 HTML (a Dutch salesman's page, an Algerian teacher's right-to-left page in
    # Arabic, a Spanish mathematician's 280 KB academic page, a Madrid student's sidebar in
    # Spanish), a British journalist's text CV saved from Word) 34 of 50, no false denial. Read
    # the same stop: 38.
    "round586": 0.75,
    # round587 (4 PDF (a Hungarian lawyer's AltaCV, an Italian physicist's moderncv, a Greek
    # analyst's Canva columns, a Hungarian intern's sidebar), a Turkish student's Word page) 41
    # of 50, no false denial.
    "round587": 0.81,
    # round588 (5 PDF (an American veteran's Google Docs, a German developer's Word sidebar
    # through PDF24, French Canva, Spanish Word and Google Docs pages), 5 Word (tabbed dates, a
    # Ukrainian's photo frame, a scientist's page header, a floating text box, a Russian's
    # footer)) 86 of 100, no false denial. Read the same stop: 87.
    "round588": 0.86,
    # round589 (5 Markdown (a Guatemalan architect's definition lists, a Japanese CTO's tables,
    # Taiwanese, Korean and Russian developers), 2 LaTeX (a French engineer's own class, an
    # Argentine iOS developer's moderncv)) 59 of 70, no false denial.
    "round589": 0.84,
    # round590 (4 Markdown (a neuroscientist's pandoc CV, a media artist, a medievalist's front
    # matter, a professor's HTML breaks), a cardiologist's LaTeX longtables, a Moroccan
    # student's HTML sidebar in French) 49 of 60, 1 false denial, mended. Read the same stop:
    # 51.
    "round590": 0.84,
    # Stop 66's fifth wave, first runs on 4436dba (the first four waves' rules): round591 (4 PDF
    # (an Argentine data scientist's Canva sidebar, a geophysicist's LaTeX with dates in the
    # margin, a psychologist's Google Docs dates column, an engineering student's Word 365
    # export), 2 Word (a building systems analyst's tabbed dates, a physics student's indented
    # sections)) 52 of 60, no false denial.
    "round591": 0.86,
    # round592 (5 PDF (a Colombian student's LaTeX sidebar in Spanish, Brazilian Word and Google
    # Docs pages, a Vietnamese student's Chrome print, a Vietnamese manager's ReportLab page
    # typed without accents), 3 Word (a Chinese architect's tables, a Korean student's page, an
    # Indonesian graduate's bilingual tables)) 66 of 80, 5 false denials, mended. Read the same
    # stop: 71.
    "round592": 0.88,
    # round593 (4 Markdown (an English engineer, a Russian data scientist's blockquotes, a
    # Finnish engineer's tables, a Brazilian student's bold lines), a Brazilian JSON Resume, a
    # Québec integrator's broken owner's JSON in French, a Brazilian designer's LaTeX article)
    # 49 of 70, 1 false denial, mended. Read the same stop: 58.
    "round593": 0.82,
    # round594 (4 LaTeX (a Russian analyst's paracol, a Spanish engineer's longtable, a French
    # developer's moderncv, a Portuguese engineer's minipages), a Mexican support technician's
    # hand-written HTML in Spanish) 41 of 50, 1 false denial, mended. Read the same stop: 42.
    "round594": 0.83,
    # Stop 67's first two waves, first runs on ab5039d (stop 66's last commit): round595 (5 PDF (a
    # Spanish student's Canva columns, a Russian database developer's LaTeX, an Indian graduate's
    # Word 2019 label column, a wkhtmltopdf sidebar, an American analyst's Google Docs page)) 45
    # of 50, no false denial.
    "round595": 0.89,
    # round596 (3 Word (a Dutch freelancer's sections, an Austrian developer's tabbed dates and
    # text boxes, a French developer's floating boxes), 2 PDF (a Québec student's LaTeX page, a
    # Polish freight forwarder's Word columns)) 42 of 50, no false denial. Read the same stop: 43.
    "round596": 0.85,
    # round597 (2 Markdown (a Russian profile README, a Mexican developer's Jekyll page), 2 German
    # HTML pages (a consultant's <details>, a car preparer's A4 grid), a Swedish org-mode text
    # export) 44 of 50, no false denial. Read the same stop: 46.
    "round597": 0.91,
    # round598 (2 JSON Resume (Russian, English), an Italian site's own JSON refused as a broken
    # JSON Resume, 2 LaTeX (an Argentine student's moderncv banking, a Brazilian analyst's
    # article)) 35 of 50, no false denial. Read the same stop: 45.
    "round598": 0.89,
    # round599 (5 PDF (a Chinese engineer's Qt print, a Turkish student's Chrome print, an
    # Indonesian student's timeline sidebar, a Korean programmer's Google Docs, a Japanese career
    # sheet from Word)) 37 of 50, no false denial. Read the same stop: 39.
    "round599": 0.77,
    # round600 (a Colombian student's XeLaTeX PDF, a Brazilian's Word file, an Argentine lead's
    # LaTeX, a Chinese engineer's setext Markdown, a Mexican intern's HTML font tags) 46 of 50, no
    # false denial. Read the same stop: 48.
    "round600": 0.95,
    # round601 (5 Markdown (a Berlin engineer's profile README, a Hugo page, a Jekyll page of HTML
    # cards, a Brazilian QA analyst's emoji sections, a Jekyll page with an HTML header)) 45 of
    # 50, no false denial.
    "round601": 0.89,
    # round602 (5 PDF printed by Chrome (four JSON Resume themes through Puppeteer, one React
    # page; English and Spanish)) 45 of 50, no false denial.
    "round602": 0.89,
    # round603 (5 Word (a research scientist's tab stops, a Google Docs export with hidden
    # keywords, a Chilean developer's text-box sidebar, a Hungarian student's line breaks, a
    # template of text boxes)) 45 of 50, no false denial. Read the same stop: 46.
    "round603": 0.91,
    # round604 (3 JSON Resume (English, French), 2 owners' JSON (a Polish intern's profile, a
    # Swedish consultant's employment list)) 43 of 50, no false denial.
    "round604": 0.85,
    # round605 (2 text (a DocBook export of numbered parts, a Chinese student's date columns), 2
    # HTML (a Turkish student's A4 page, a Finnish engineer's sidebar), a French developer's
    # pandoc definition lists) 44 of 50, no false denial. Read the same stop: 48.
    "round605": 0.95,
    # round606 (5 LaTeX PDF (moderncv in Spanish, an Overleaf TLCresume, AltaCV in Czech, Deedy,
    # Friggeri in Swedish through XeTeX)) 38 of 50, no false denial. Read the same stop: 39.
    "round606": 0.77,
    # Stop 67's third wave, first runs on ba0e355 (the first two waves' rules): round607 (5 PDF (a
    # Norwegian student's and a Peruvian student's Word 365 exports, an Indonesian engineer's Word
    # columns, two LibreOffice pages from American engineers)) 36 of 50, no false denial. Read the
    # same stop: 44.
    "round607": 0.87,
    # round608 (5 Markdown (a Venezuelan engineer's front matter, a French DevOps engineer's
    # pandoc spans, a Japanese engineer's tables with ruby, a Spanish designer's Jekyll page with
    # its dates in comments, a Brazilian QA lead's badges)) 41 of 50, no false denial.
    "round608": 0.81,
    # round609 (2 PDF (an economist's pdfTeX CV, a psycholinguist's XeTeX CV), 3 Word (a Swedish
    # personal assistant's tabs, a Norwegian shoemaker's two columns in Nynorsk, a systems
    # engineer's keyword banner)) 44 of 50, no false denial.
    "round609": 0.87,
    # round610 (2 JSON Resume (both schema versions), a trilingual owner's JSON in English,
    # Russian and Japanese, a German trainee's HTML timeline cards) 30 of 40, no false denial.
    # Read the same stop: 32.
    "round610": 0.79,
    # round611 (5 academic PDF (a bioinformatician's Word CV, a professor's 13-page LaTeX CV, a
    # Brazilian scientist's LaTeX sidebar, a Québec mathematician's Word CV, an Italian engineer's
    # moderncv)) 39 of 50, 1 false denial, mended. Read the same stop: 40.
    "round611": 0.79,
    # round612 (an Indian researcher's pdfTeX PDF, a Nigerian technician's Word tabs, a Mexican
    # instructor's LaTeX, a psychologist's HTML pasted from Word, its name nowhere) 34 of 40, no
    # false denial.
    "round612": 0.84,
    # round613 (a Costa Rican student's Spanish JSON Resume, a Berlin technical writer's Astro
    # page, a Sevilla developer's wkhtmltopdf PDF, a Berlin DevOps lead's Chrome PDF), run once on
    # 5da5459: 32 of 40, no false denial. Read the same stop: 37.
    "round613": 0.91,
    # round614 (a French apprentice's Jake's-resume PDF, a German student's own LaTeX class, an
    # Irish student's Word file, a README in plain text, a pandoc Markdown), run once on 5da5459:
    # 47 of 50, 1 false denial, mended. Read the same stop: 49.
    "round614": 0.97,
    # round615 (a Brazilian Word 365 PDF, an Italian coach's joined Markdown, an Italian JSON
    # Resume, a Portuguese Jekyll page, a hand-written Portuguese HTML page), run once on 5da5459:
    # 45 of 50, 1 false denial, mended. Read the same stop: 46.
    "round615": 0.91,
    # round616 (a Polish Canva PDF, two Word files (tables and text boxes, WPS), a Ukrainian
    # tester's own JSON, a plain text with emoji headings), run once on 5da5459: 48 of 50, no
    # false denial. Read the same stop: 49.
    "round616": 0.97,
    # round617 (an Indonesian lecturer's Hugo page, its resume in front matter), run once on
    # 5da5459: 8 of 10, no false denial.
    "round617": 0.79,
    # round618 (a Chinese moderncv PDF, a Google Docs PDF, a Korean-English LaTeX source, an
    # academicpages CV, an al-folio JSON Resume), run once on 5da5459: 45 of 50, no false denial.
    # Read the same stop: 46.
    "round618": 0.91,
    # round619 (a Russian Canva PDF, a one-page LaTeX PDF, a Mexican Word template of tables, a
    # Ukrainian career changer's Markdown, a French JSON Resume), run once on 5da5459: 42 of 50,
    # no false denial. Read the same stop: 45.
    "round619": 0.89,
    # round620 (a Word 2016 PDF, a Google Docs two-column PDF, a German Chrome print, a Texan's
    # Word tabs, a kramdown page with HTML), run once on 7f361ae: 44 of 50, no false denial.
    "round620": 0.87,
    # round621 (a London JSON Resume, a Tunisian lecturer's Edge print in French, an Argentine
    # Google Docs PDF, two plain texts (one with a BOM and CRLF)), run once on 7f361ae: 45 of 50,
    # no false denial.
    "round621": 0.89,
    # round622 (two owners' JSON (Portuguese, English), a JSON Resume, a Colombian Quartz two-
    # column PDF, a Brazilian MkDocs page), run once on 7f361ae: 45 of 50, 2 false denials,
    # mended. Read the same stop: 46.
    "round622": 0.91,
    # round623 (a Czech HTML page, a Word table layout, a Canva two-column PDF, a wkhtmltopdf PDF,
    # a generated Markdown), run once on 7f361ae: 46 of 50, no false denial.
    "round623": 0.91,
    # round624 (a Dutch LaTeX source, an Italian sociologist's LaTeX PDF, an Italian LibreOffice
    # PDF, an Indian student's Word tables), run once on 7f361ae: 33 of 40, 1 false denial,
    # mended. Read the same stop: 34.
    "round624": 0.84,
    # round625 (an awesome-cv PDF, a Word print-to-PDF, an Indian student's Word table, a Chinese
    # Markdown, a JSON Resume in Windows-1252), run once on 7f361ae: 47 of 50, no false denial.
    "round625": 0.93,
    # round626 (a Spanish two-column PDF, a moderncv PDF, an Ecuadorian Word PDF with a
    # certificate appended, a Word file, a plain text), run once on 7f361ae: 49 of 50, no false
    # denial.
    "round626": 0.97,
    # round627 (two Markdown CVs (one with raw LaTeX in French), a Singapore JSON Resume, a Chrome
    # print with its page headers, a French HTML page), run once on 7f361ae: 49 of 50, no false
    # denial.
    "round627": 0.97,
    # round628 (a Word PDF, a Brazilian Google Docs two-column PDF, two Word files (Portuguese,
    # English), a Japanese engineer's Markdown tables), run once on 7f361ae: 45 of 50, no false
    # denial.
    "round628": 0.89,
    # round629 (an Austrian two-column PDF, a Word file of custom styles, an owner's JSON, a text
    # copied out of a PDF, a German moderncv source), run once on 7f361ae: 46 of 50, no false
    # denial.
    "round629": 0.91,
    # round630 (a Russian Canva PDF, an Indian Word 365 PDF, a Toronto accountant's Word file, a
    # JSON Resume, a Thai Markdown with HTML), run once on 7f361ae: 44 of 50, no false denial.
    "round630": 0.87,
    # round631 (an Italian XeTeX source, an academicpages CV with no name, a Chinese professor's
    # LaTeX PDF, a Mexican pdfTeX PDF, a hand-written HTML page), run once on 7f361ae: 40 of 50,
    # no false denial.
    "round631": 0.79,
    # round632 (a Norwegian Word PDF, a Finnish moderncv PDF with its contacts in the page footers,
    # a UK AltaCV two-column PDF, an American soldier's Word file, a librarian's GitHub Pages
    # Markdown), run once on 20ea512: 42 of 50, no false denial.
    "round632": 0.91,
    # round633 (an Austrian's JSON Resume theme printed by Chromium, a Spanish engineer's Chrome
    # print, an Indonesian JSON Resume, a hand-written HTML page, a Mexican student's Jekyll
    # Markdown), run once on 20ea512: 46 of 50, no false denial.
    "round633": 0.97,
    # round634 (a Swiss German LaTeX source with skill tables, an Italian ecologist's resume.cls
    # source, an Italian AltaCV PDF, a six-page academic PDF, a plain text pasted from a PDF), run
    # once on 20ea512: 48 of 50, no false denial.
    "round634": 0.97,
    # round635 (a Brazilian student's Word file, a Portuguese Europass PDF, a 19-page LaTeX
    # statistics CV, a Brazilian dentist's academicpages Markdown), run once on 20ea512: 35 of 40,
    # no false denial.
    "round635": 0.91,
    # round636 (an American Word PDF, a Turkish Canva two-column PDF, two Word files of tables
    # (Iran, Vietnam), a Swedish owner's JSON), run once on 20ea512: 42 of 50, no false denial.
    "round636": 0.89,
    # round637 (a Japanese 履歴書 form printed from Word, an Icelandic JSON Resume, a Markdown with
    # front matter and HTML lists, a trilingual profile README, a plain text with ASCII rules), run
    # once on 20ea512: 49 of 50, 1 false denial (mended).
    "round637": 0.99,
    # round638 (a Russian LaTeX source, an R pagedown sidebar PDF, a 16-page LaTeX CV, a hand-
    # written HTML page, an academicpages page of one HTML table), run once on 20ea512: 42 of 50, no
    # false denial.
    "round638": 0.89,
    # round639 (a French Overleaf PDF, an Indian Canva two-column PDF, a Word education table, an
    # owner's JSON read as JSON Resume), run once on 20ea512: 37 of 40, no false denial.
    "round639": 0.96,
}
# The blind set's two (English questions about a profile README in Russian) are gone: a resume in
# another script is quoted, never denied, as the words of a question cannot be found in it.
# A ratchet held at none.
# ROUND51's: "a no-cost training programme" for "RS School" (which the resume calls free).
# ROUND59's: "German" written "DGERMAN" (a Canva icon's letter glued to the word). ROUND75's
# ("a certificate from Amazon" of "AWS Cloud Practitioner") went when a vendor's certifications
# by their letters answered a question about its certificates only ("Has he worked at
# Amazon?" of a resume naming AWS is still denied). ROUND55's and
# ROUND59's other (LaTeX PDFs whose words ran together, "TeachingAssistant") went once TeX's word
# gaps, "TJ" offsets, were read as spaces.
# ROUND78's, from the fifth wave's first runs: "ERP" of SAP, "PCR" of "polymerase chain
# reaction". ROUND80's seven (a Jekyll page whose front matter holds the resume as JSON pairs
# YAML cannot parse) went when such front matter was read key by key, JSON where YAML fails.
# The sixth to eleventh waves' 29 first-run denials, 4 left: a Swedish Word table's e-mail split
# over two lines and its "Heta arbeten" (hot work) certificate (ROUND83), "Scriptwriter" for
# stage productions (ROUND87), a German town asked in English (ROUND93); "CompTIA-style"
# certificates (ROUND100) went when "-style" stopped naming what it is like. ROUND98's (a
# Google Docs page whose "EXPERIENCE" comes out in two pieces) went when the entry dated last
# answers a current-job question with no jobs section;
# ROUND89's count in Chinese went when a resume a third in Chinese stopped being denied.
# The twelfth and thirteenth waves' 9, none left: ROUND110's (a Russian resume's master's
# degree year asked in English) went when a resume in another script stopped being sure to
# lack a degree. ROUND78's "ERP" went with a family of ERP systems, ROUND93's German town with
# a birth place read after the date. The fourteenth to twenty-second waves' 47: 8 left, three
# of them in one Jekyll page of HTML cards no reader takes for sections (ROUND148).
# The fifty-sixth and fifty-seventh waves' 6 (R by "RStudio", a Word box pinned to the page,
# "Inglês", a birth date before its town, a Dutch job table, "Deutschlandstipendium"): none left.
# The fifty-eighth to sixty-first waves' 5 ("HSC" of "Higher Secondary School Certificate" twice,
# an email after a LaTeX icon's control space, "KCSE" and "KCPE" written with stops): none left.
# The sixty-second and sixty-third waves' 4 (a handle in a twitter.com link, "tech community
# events", a name before "(Mr.)", "set to join the workforce in"): none left.
# The thirty-fifth wave's 4: none left (ROUND198's "Red Cross-certified" in a Google Docs PDF
# whose font draws no spaces and maps code 0x20 to "e" is read as written since pypdf's spaces
# after that letter are checked against the font's own widths).
# Of the seventeen left two stops ago, ten were mended at the thirty-sixth stop (ROUND14's
# Polish association asked in English with a body named in words). The sixty-fourth wave's
# five ("What degree did he earn?" as pay, twice; the Home Guard and the Ministry of Tourism
# asked of Norwegian and Spanish CVs; "@gmail. com"): none left.
# The last seven, older (ROUND87's "Scriptwriter" for drama, ROUND141's "beginer" for how
# experienced, ROUND146's lunar orbits for the Moon, ROUND148's coffee, ROUND153's ".DOCX" for a
# Word file, ROUND158's "RR. HH." for HR, ROUND167's Editor-in-Chief for a publication run):
# mended at the thirty-eighth stop. None is left in any older set.
# The sixty-ninth wave's four (round340's French CV: "Nationalité", "PERMIS", "rayons X"; a
# Polish "CCNAv7"): three mended at the fortieth stop. Left: "Has he used X-ray diffraction?" of
# "diffraction des rayons X", a French CV whose English thesis titles read it as English, so
# the guard for resumes in another language does not hold.
# Round343's two, on its first run: an Indonesian PDF whose text comes out one letter a line
# ("work experience" and a phone number denied): mended at the forty-second stop, when letters
# drawn a run each were joined into words. Round345's one (a design tool's "E DU C AT ION"):
# mended when titles tracked in pairs were read whole. Round340's "X-ray": mended at the
# forty-third, "rayons X" and its kin read as the question's "X-ray". Round346's two (a
# Turkish name in small letters, an e-mail among the referees) and round347's one ("Studium in
# Freiburg"), on their first runs: mended at the same stop. None was left in any set until
# round365's, on its first run at the forty-seventh stop: "Which car-sharing service in the
# Lot did David work on?" of a French page naming "Lotocar" and never the Lot (a department
# the question knows of); a name read as a prefix of a word would stop denying "Java" of a
# resume naming only JavaScript, so it was left until the fifty-second stop: a place asked
# "in the Lot", not a language of code, is not denied where a word begins with it.
# round384's and round387's first runs' one each: round387's ("Birthyear: 2008" in a page
# drawn in a box) mended at the fifty-first stop; round384's (its e-mail in a Canva page
# whose letters are spaced apart and whose columns cut the address in two at the "@") at the
# fifty-eighth, where cells half an em apart on a line are one line. The fifty-eighth stop's
# first runs' four (round429's masked e-mail and a rirekisho's birth year, round434's degree
# "— Highest Honors" read as awards and a sidebar's town) mended the same stop. None is left.
DENIALS_LEFT: dict[str, int] = {}
# Files read with no sections at all, as found on their set's first run. A ratchet toward
# none: ROUND149's academic LaTeX CV, its titles plain lines beside one stray large heading,
# is read with sections since such headings no longer stop plain titles from counting;
# moderncv's PDF, a Google Docs PDF and a Hugo "about" page, whose section titles are
# paragraphs alone on their lines, are read with sections since titles naming a kind of section
# are taken for sections in a document with no headings.
FLAT: dict[str, tuple[str, ...]] = {
    # round515's French technical lead: an HTML page laid out as one table, each section a row
    # of a title cell beside its text ("Expérience Professionnelle | Août 2019 - Actuel …"), as
    # found on its set's first run.
    "round515": ("html-tables-inline-css-french-technical-lead.html",),
    # round518's Chinese engineer: a Word export whose whole page is one two-column table, its
    # titles cells of it, as found on its set's first run.
    "round518": ("pdf-word-two-column-table-chinese-software-engineer.pdf",),
    # round507's environmental historian: a Jekyll page whose body is HTML paragraphs, its titles
    # bold paragraphs ("<p><strong>Education</strong></p>"), one not a kind's name ("Academic
    # posts"), as found on its set's first run.
    "round507": ("markdown-html-paragraphs-front-matter-environmental-historian.md",),
    # round485's Turkish engineer: a TikZ sidebar beside a table of two columns, its sections
    # drawn by a template's own macros inside one table cell, as found on its set's first run.
    "round485": ("latex-sidebar-tikz-turkish-computer-engineer.tex",),
    # round464's Ukrainian print-machine operator: a Word page of plain lines, its titles
    # ("Experience", "Skills") in the same size and weight as the lines under them.
    "round464": ("docx-word2016-one-column-print-machine-operator.docx",),
    # round456's Spanish mathematician: a hand-made LaTeX article whose titles ("Objetivo",
    # "Habilidades") run straight into their first lines with no break between, as found on its
    # set's first run.
    "round456": ("latex-article-two-column-spanish-mathematician-web-developer.tex",),
    # round453's Mexican judge: third-person prose under labels ending in colons ("Estudios
    # universitarios:", "Cursos recibidos en el Instituto de la Judicatura Federal:"), one of
    # them naming a kind of section, as found on its set's first run.
    "round453": ("docx-word-prose-paragraphs-spanish-judge-lawyer.docx",),
    # round439's Portuguese engineering student: four paragraphs in the first person (who she
    # is, her studies, her projects, her interests), no title, as found on its set's first run.
    "round439": ("docx-paragraphs-portuguese-automation-engineering-student.docx",),
    # round424's Russian game developer: four paragraphs in the first person ("Меня зовут Игорь
    # Гофман…"), no title, no date, as found on its set's first run.
    # and its computer-vision researcher: a biography in English prose, then the same in Chinese
    # (in GBK), no title.
    "round424": (
        "markdown-prose-paragraphs-russian-game-developer.md",
        "text-biography-gbk-bilingual-computer-vision-researcher.txt",
    ),
    # round418's Russian electrician: "Резюме" over seven sentences (his name and birth date,
    # his job, a frontend course), no section title at all, as found on its set's first run.
    "round418": ("text-short-paragraph-russian-electrician.txt",),
    # round404's Russian CAD drafter: a freelance pitch in prose, its lists under sentences
    # ("Что я делаю:", what I do), no section title, as found on its set's first run.
    "round404": ("text-freelance-profile-russian-cad-drafter.txt",),
    # round398's Russian engineer (Windows-1251 text): a skills block, one long paragraph of
    # prose, an achievements line; no title anywhere, as found on its set's first run.
    "round398": ("text-cp1251-tab-indented-russian-software-engineer.txt",),
    # round389's German consultant: two paragraphs of third-person prose; an ML student's
    # `resume.txt` that is a Next.js page's payload, its text inside script strings.
    "round389": (
        "markdown-prose-bio-german-security-consultant.md",
        "text-nextjs-rsc-payload-ml-researcher-student.txt",
    ),
    # round372's French mathematician (LaTeX): each title in bold capitals ("DOCTORAT",
    # "PARCOURS SCOLAIRE") has an icon drawn before it, read as its bullet: every line an item,
    # no section. Reading them as titles was tried (6 answers of 10 against 8: "DOCTORAT" names
    # no kind of section, so his PhD was looked for among his earlier studies); left.
    "round372": ("pdf-latex-french-mathematician.pdf",),
    # A Portuguese pharmacist's Word file: an address, a birth date, then five paragraphs of
    # prose (a degree, two jobs, a course), no title anywhere.
    "round350": ("docx-plain-paragraphs-portuguese-pharmacist.docx",),
    # A pandoc plain-text CV with no section headings at all, only upper-case job titles.
    "round12": ("text-pandoc-plain-wrapped-math-teacher.txt",),
    # A text CV whose section titles are drawn in box-drawing characters (ASCII art).
    "round38": ("text-ascii-art-brazil-tech-lead.txt",),
    # A PDF's text pasted into a .txt: each section title runs on inside a paragraph.
    "round46": ("text-robotics-research-engineer-germany.txt",),
    # A browser's PDF whose name, section titles and job titles are drawn as shapes, not text.
    "round65": ("pdf-browser-print-vector-headings-embedded-robotics-engineer.pdf",),
    # An academicpages page holding only an HTML table of degrees, its title in front matter.
    "round67": ("markdown-html-table-cs-postdoc-education.md",),
    # A translator's "about me" page: first-person prose with no headings at all.
    "round74": ("md-prose-about-page-freelance-translator-wales.md",),
    # A German CV kept as Racket Scribble source: its sections are (europass ...) calls.
    "round103": ("text-scribble-german-europass-it-managing-director.txt",),
    # A Jekyll page of HTML cards, no heading a reader takes for a section.
    "round148": ("markdown-html-cards-security-phd-researcher.md",),
    # A Jekyll "about" page: a career told in paragraphs, no heading at all.
    "round166": ("markdown-jekyll-about-bio-astrophysicist.markdown",),
    # A Google Docs export pasted into a Jekyll page after its front matter, its headings
    # inside one layout table's cells: no section read (all ten questions answered all the same).
    "round259": ("markdown-google-docs-html-freelance-musician.md",),
    # A Google Docs Word file, as found on its set's first run.
    "round266": ("docx-google-docs-photo-editor-ux-designer.docx",),
    # Word files as found on their sets' first runs: a page of layout tables, and labelled
    # paragraphs run on with no title set apart.
    "round298": ("docx-table-layout-header-name-art-teacher.docx",),
    "round302": ("docx-run-on-labelled-paragraphs-mathematics-lecturer.docx",),
    # An Indonesian Word file of tab-aligned "label : value" fields under a cover letter, as
    # found on its set's first run (2 of 10).
    "round341": ("docx-tabbed-fields-indonesian-pesantren-graduate.docx",),
}
# Files the reader refuses, as found on their set's first run: JSON in a schema of its owner's
# own (not JSON Resume). A ratchet toward none.
REFUSED: dict[str, tuple[str, ...]] = {
    # A JSON with a Cyrillic letter where a comma should be: not JSON, refused with its line and
    # column so that its owner can mend it.
    "round492": ("json-own-schema-rpg-fields-java-developer.json",),
    # A bare list of jobs with skill icons, no name, no section titles.
    "round142": ("json-array-of-positions-lead-software-engineer-france.json",),
    # An array holding one object of exhibitions and "work" (JSON Resume's key, not its
    # schema), no name anywhere. ROUND111's array of items typed "job" and "education" is read
    # since such arrays are grouped by their items' type.
    "round163": ("json-custom-exhibitions-artist-lecturer.json",),
    # A JSON Resume with a bracket never closed (an array opened inside "work"): not JSON, its
    # line and column named in the refusal so that its owner can mend it.
    "round436": ("json-resume-malformed-spanish-operations-analyst.json",),
}
# Each set by its folder's name, which is its key in the tables above and its flag in
# benchmarks/realworld.py ("--round14").
SETS = pytest.mark.parametrize("root", [TESTS / name for name in FLOORS], ids=list(FLOORS))


def test_every_set_collected_has_its_floor() -> None:
    """A set is registered by its floor: a folder of cases with none, or a floor with no
    folder, is a mistake of registration."""
    assert set(FLOORS) == {ROOT.name, *(folder.name for folder in HELD_OUT_SETS)}
    assert {*DENIALS_LEFT, *FLAT, *REFUSED} <= set(FLOORS)


@SETS
def test_every_real_resume_reads_with_its_name(root: Path) -> None:
    """Each file of the set reads, in its own format, with the candidate's name found."""
    for item in manifest(root):
        if item["resume"] in REFUSED.get(root.name, ()):
            continue
        resume = load_resume(root / "resumes" / str(item["resume"]))
        assert resume.format == item["format"], item["resume"]
        if item["name"] and root == ROOT:  # the later sets name some people only in passing
            assert resume.name == item["name"], item["resume"]
        assert resume.sections or item["resume"] in FLAT.get(root.name, ()), item["resume"]


@SETS
def test_accuracy_on_real_resumes(root: Path) -> None:
    """At least the measured share of questions answered right, over the whole set."""
    graded = run(root=root)
    misses = [g for g in graded if not g.right]
    share = 1 - len(misses) / len(graded)
    detail = "\n".join(
        f"{g.case.resume}: {g.case.question!r} -> {g.answer[:160]!r}" for g in misses
    )
    assert share >= FLOORS[root.name], f"{share:.1%} right; misses:\n{detail}"


@SETS
def test_no_answer_denies_a_stated_fact(root: Path) -> None:
    """Never "the resume does not mention X" when the resume states X."""
    denials = [g for g in run(root=root) if g.denial]
    detail = "\n".join(f"{g.case.resume}: {g.case.question!r} -> {g.answer!r}" for g in denials)
    assert len(denials) <= DENIALS_LEFT.get(root.name, 0), detail


@pytest.mark.parametrize(
    ("answer", "right"),
    [
        ("[Experience › Acme]\n> Engineer at Acme Corp", True),
        ("The resume does not say.", False),
        ("The resume does not mention Acme Corp.", False),
    ],
)
def test_grading_needs_the_fact_itself(answer: str, right: bool) -> None:
    """The grader counts an answer right only when it holds the expected words."""
    assert grade(Case("x.md", "Where?", ("acme corp",)), answer).right is right
