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
   wendy yvonne zoe angela theresa ursula christine marine federica mariana aung suu malala greta jacinda
   alicia allison alyssa april audrey barbara becky beth betsy bonnie brooke caitlin candace carla carly
   carmen caroline cassandra cathy charlene colleen courtney crystal dawn deanna deborah debra delores
   eileen elaine eleanor elise ella ellen erica erin esther eva faith felicia gail gina gretchen gwen
   haley harriet holly ida irene iris isabel ivana jacqueline jan jana janet jeanne jenna jennie jenny
   jessie joanna jocelyn josephine joy judith julia juliana june karla kathy katrina kay kayleigh kellie
   kendra kristen kristin krista kristina kristine leah leslie lillian lily lisa liz
   lois lorraine louise lucy lydia mallory mandy marcia margaret margarita marianne marilyn marion marla
   marsha maureen maxine maya meg melanie melinda mercedes meredith mia michele mildred miranda molly
   monica nadia naomi natasha nina nora norma paige patty paula pauline peggy penny phyllis polly priscilla
   rachael ramona rebekah regina renee rhonda rita roberta rosalind rosemary roxanne sabrina sally
   selena serena shannon shauna sheila shelby shelley sherry silvia sophie stacey stacy stella sue
   susannah suzanne sylvia tamara tanya tara tiffany toni tracy trisha vanessa vera veronica vicki vivian
   whitney yolanda omarosa ayanna hope katrina tammy gabby gabrielle dolores rosario lourdes nayeli`.split(/\s+/),
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
   rush sheldon karl kanye elon jared corey paul newt jon john
   martin milton tad noam ari abe alex allen alvin andre andy angelo antonio barry ben bernard bert blake
   brad brent brett bruce bryce buck byron calvin cameron carlos cecil chad charlie clarence clark claude
   clay clayton cliff clifford clint clyde cody colin conrad craig curt curtis dale dalton damon danny
   darrell darren dave dean derek dick don donnie doug douglas drew duane dustin dwight earl eddie edgar
   edwin eli elliott emmett ernest ernie errol evan everett felix floyd francis franklin freddie gene
   geoff geoffrey gil gilbert glen glenn gordon graham grant guy hank harlan harvey hector herb herbert
   herman homer howard hugh hunter ian isaac ivan jake jamal javier jay jed jeremiah jerome jesus
   jimmy joel johnny jonah josh julian julius kareem keith kelvin kent kirk kurt lance lane leo leon
   leonard leroy lester lewis lincoln lloyd lou lowell luis luke lyle malcolm manuel marc marcus mario
   marshall marvin matthew maurice max melvin miguel miles mitchell morris murray neil nelson norman oliver
   orlando oscar otis owen pedro perry pete phil preston quentin rafael ralph ramon randall raul reggie
   reid rex ricardo rich richie rob robbie rod rodney rogelio roland ross rudolph russ salvador sammy
   sanford seth shane sidney simon spencer stan stanley stuart ted terrence theodore toby todd travis
   trent trevor trey troy tucker vernon victor vince wade wallace warren wes wesley wilbur will willard
   winston zach herschel mohamed ahmad khalid abdul hamid yusuf ibrahim mustafa sergei dmitry viktor`.split(/\s+/),
);

export function genderOfFirstName(name: string): 'm' | 'f' | null {
  const first = name.split(/\s+/)[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  if (FEMALE.has(first)) return 'f';
  if (MALE.has(first)) return 'm';
  return null;
}
