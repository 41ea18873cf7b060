// Words that end in a full stop without ending the sentence. Lower-case, without the dot.

/** Titles and name parts: always followed by a name, so the dot never ends a sentence. */
export const TITLES = new Set(
  `mr mrs ms messrs mme mlle dr prof sen sens rep reps gov govs gen lt col maj capt cpt cmdr cmdt adm
   sgt cpl pvt pfc brig rev fr msgr hon pres supt insp det atty amb treas ald`.split(/\s+/),
);

/** Abbreviations that precede a number ("No. 2", "Fig. 3"); otherwise ordinary words. */
export const NUMBERED = new Set(`no nos vol vols fig figs ch art sec op pp p`.split(/\s+/));

/** Abbreviations that usually sit inside a sentence (months, "approx.", "vs."), unless a
 *  sentence-opening word follows them. */
export const INNER = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
   st ste mt ft jr sr esq vs v etc approx est dept univ assn bros corp inc ltd co cos plc llc al ave blvd rd hwy pkwy
   e.g i.e a.m p.m u.s u.k u.n u.s.a d.c ph.d b.a m.a ala ariz ark calif colo conn del fla ga ill ind
   kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo`.split(/\s+/),
);
