// Common English-language first names by usual gender. Only a hint for "he said" / "she said":
// it breaks ties between people named nearby, and is overridden by titles and by how the
// article itself refers to someone.
const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra
   ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
   cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
   debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
   lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara
   madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
   beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary hilary nikki
   sarah elizabeth nancy condoleezza kellyanne huma michelle melania ivanka chelsea loretta ruth sonia elena
   kamala dianne maxine debbie jill tulsi carly marsha kirsten claire amy heidi susana katie kate jane
   anne annie jo joanne meghan megyn donna rosa valerie lynn janet sally sheryl hope dana tina tammy
   wendy yvonne zoe angela theresa ursula christine marine federica mariana aung suu malala greta jacinda`.split(/\s+/),
);
const MALE = new Set(
  `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony
   mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan
   jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
   frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle
   ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan
   jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent
   ralph eugene russell bobby mason philip louis barack bernie ted marco jeb mitt mike mitch chris rand ben
   newt rudy reince sean rex bill vladimir xi emmanuel boris justin recep benjamin
   bashar haider abu ali mohammed muhammad ahmed hassan hussein omar kim jong tom tim jim bob dick dan
   steve jeff tony rick ron ken greg nick sam matt pat ray al fred ed harry chuck lamar orrin
   rush sheldon karl kanye elon jared corey paul newt jon john`.split(/\s+/),
);

export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  if (FEMALE.has(first)) return 'f';
  if (MALE.has(first)) return 'm';
  return null;
}
