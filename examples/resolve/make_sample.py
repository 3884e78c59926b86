#!/usr/bin/env python3
"""Writes the small synthetic sample for `nazar resolve` (fictitious persons only).

Two agencies' files about 50 persons each: 40 persons appear in both, with the kinds of
differences real records have (typos, swapped day and month, missing values, a different
phone format, an initial for a first name). Names are random combinations of common given
names and surnames, dates and numbers random: any resemblance to a real person is chance.

    python3 examples/resolve/make_sample.py   # rewrites firs.csv, deportations.csv, expected.csv
"""
import csv
import os
import random

rng = random.Random(7)
GIVEN = ["Ahmed", "Bilal", "Farah", "Sana", "Imran", "Ayesha", "Usman", "Hina", "Kamran", "Nadia",
         "Tariq", "Zainab", "Asif", "Rabia", "Faisal", "Mehwish", "Junaid", "Saima", "Naveed", "Amna",
         "Daniel", "Maria", "Peter", "Elena", "Omar", "Leila", "Yusuf", "Samira", "Victor", "Irina"]
FAMILY = ["Khan", "Malik", "Qureshi", "Siddiqui", "Chaudhry", "Butt", "Sheikh", "Mirza", "Baig",
          "Hashmi", "Abbasi", "Rana", "Awan", "Gill", "Bhatti", "Novak", "Petrov", "Haddad",
          "Rahimi", "Costa"]
CITIES = ["Lahore", "Karachi", "Peshawar", "Quetta", "Multan", "Faisalabad", "Rawalpindi",
          "Sialkot", "Hyderabad", "Gujranwala"]


def typo(s):
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    kind = rng.choice(["swap", "drop", "double", "sub"])
    if kind == "swap":
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if kind == "drop":
        return s[:i] + s[i + 1:]
    if kind == "double":
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice("aeiou") + s[i + 1:]


people = []
used = set()
while len(people) < 60:
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    if (g, f) in used:
        continue
    used.add((g, f))
    y, m, d = rng.randint(1960, 2002), rng.randint(1, 12), rng.randint(1, 28)
    people.append(dict(given=g, family=f, y=y, m=m, d=d,
                       cnic=f"{rng.randint(10000, 99999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1, 9)}",
                       phone=f"03{rng.randint(0, 4)}{rng.randint(0, 9)}{rng.randint(1000000, 9999999)}",
                       city=rng.choice(CITIES)))

both, only_a, only_b = people[:40], people[40:50], people[50:60]
here = os.path.dirname(os.path.abspath(__file__))
a_rows, b_rows, expected = [], [], []
for i, p in enumerate(both + only_a):
    a_rows.append([f"FIR-{1001 + i}", p["given"], p["family"], f"{p['d']:02d}/{p['m']:02d}/{p['y']}",
                   p["cnic"], p["phone"], p["city"]])
b_people = both + only_b
order = list(range(len(b_people)))
rng.shuffle(order)
for n, k in enumerate(order):
    p = b_people[k]
    given, family = p["given"], p["family"]
    dob = f"{p['y']}-{p['m']:02d}-{p['d']:02d}"
    cnic, phone, city = p["cnic"], "+92 " + p["phone"][1:4] + " " + p["phone"][4:], p["city"]
    if k < 40:
        change = k % 8
        if change == 0:
            given = typo(given)
        elif change == 1:
            family = typo(family)
        elif change == 2 and p["d"] <= 12:
            dob = f"{p['y']}-{p['d']:02d}-{p['m']:02d}"
        elif change == 3:
            cnic = ""
        elif change == 4:
            phone = ""
            given = given[0] + "."
        elif change == 5:
            cnic = cnic[:-3] + str((int(cnic[-3]) + 1) % 10) + cnic[-2:]
        elif change == 6:
            city = typo(city)
            family = typo(family)
        expected.append([f"FIR-{1001 + k}", f"DEP-{5001 + n}"])
    b_rows.append([f"DEP-{5001 + n}", f"{given} {family}".upper(), dob, cnic, phone, city.upper()])

with open(os.path.join(here, "firs.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["fir_no", "first_name", "last_name", "dob", "cnic", "phone", "city"])
    w.writerows(a_rows)
with open(os.path.join(here, "deportations.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case_id", "full_name", "date_of_birth", "id_number", "mobile", "town"])
    w.writerows(b_rows)
with open(os.path.join(here, "expected.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["firs", "deportations"])
    w.writerows(sorted(expected))
