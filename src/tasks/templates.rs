//! Example task analyses a coach can start from: common entry-level tasks, each written as
//! short steps a person can follow (one action per step, plain words) with the natural cue
//! that starts each step. Rust data rather than a parsed file: checked when it compiles, and
//! nothing to parse or fail when the page runs.

/// The kind of workplace, for grouping the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sector {
    Retail,
    Hospitality,
    Cleaning,
    Warehouse,
    Office,
    Care,
    Grounds,
}

impl Sector {
    pub const ALL: [Sector; 7] = [
        Sector::Retail,
        Sector::Hospitality,
        Sector::Cleaning,
        Sector::Warehouse,
        Sector::Office,
        Sector::Care,
        Sector::Grounds,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Sector::Retail => "Shops",
            Sector::Hospitality => "Caf\u{e9}s and hotels",
            Sector::Cleaning => "Cleaning",
            Sector::Warehouse => "Warehouses",
            Sector::Office => "Offices",
            Sector::Care => "Care homes",
            Sector::Grounds => "Grounds and gardens",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TemplateStep {
    pub instruction: &'static str,
    pub cue: &'static str,
    pub key_step: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// Stable: saved in links and tests, so never renamed.
    pub id: &'static str,
    pub title: &'static str,
    pub sector: Sector,
    pub steps: &'static [TemplateStep],
}

/// A step (instruction, natural cue).
const fn s(instruction: &'static str, cue: &'static str) -> TemplateStep {
    TemplateStep {
        instruction,
        cue,
        key_step: false,
    }
}

/// A key step: one that must be right for safety or quality.
const fn k(instruction: &'static str, cue: &'static str) -> TemplateStep {
    TemplateStep {
        instruction,
        cue,
        key_step: true,
    }
}

/// Every template, grouped by sector in the order of [`Sector::ALL`].
pub fn templates() -> &'static [Template] {
    TEMPLATES
}

pub fn template(id: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|t| t.id == id)
}

pub fn in_sector(sector: Sector) -> impl Iterator<Item = &'static Template> {
    TEMPLATES.iter().filter(move |t| t.sector == sector)
}

const TEMPLATES: &[Template] = &[
    // Shops
    Template {
        id: "face-up-shelf",
        title: "Face up a shelf",
        sector: Sector::Retail,
        steps: &[
            s(
                "Stand in front of the shelf.",
                "Your supervisor gives you the aisle to do",
            ),
            s(
                "Start at the top shelf on the left.",
                "You are at the shelf",
            ),
            s(
                "Pull the items to the front edge.",
                "Items are at the back of the shelf",
            ),
            s(
                "Turn each item so the label faces out.",
                "Label is turned to the side or back",
            ),
            s(
                "Line up the items in straight rows.",
                "Items are at the front",
            ),
            s(
                "Check each item is on its own price label.",
                "Row is straight",
            ),
            s(
                "Put any item in the wrong place in your basket.",
                "Item does not match the price label",
            ),
            s(
                "Move down to the next shelf.",
                "This shelf looks full and tidy",
            ),
            s(
                "Take the basket to the returns area.",
                "Every shelf in the bay is done",
            ),
        ],
    },
    Template {
        id: "scan-shelve-returns",
        title: "Scan and shelve returned stock",
        sector: Sector::Retail,
        steps: &[
            s(
                "Take an item from the returns box.",
                "Returns box is by the till",
            ),
            s(
                "Check the item is clean and not broken.",
                "Item is in your hand",
            ),
            s(
                "Put a broken item in the damages tray.",
                "Item is broken, dirty or opened",
            ),
            k(
                "Scan the barcode with the scanner.",
                "Item is in good condition",
            ),
            s(
                "Read the aisle number on the scanner screen.",
                "Scanner beeps",
            ),
            s("Put the item in your basket.", "You know the aisle number"),
            s("Walk to that aisle.", "Basket is full or the box is empty"),
            s(
                "Find the shelf with the same price label.",
                "You are in the right aisle",
            ),
            s(
                "Put the item at the back of its row.",
                "Price label matches the item",
            ),
            s("Go back for the next item.", "Basket is empty"),
        ],
    },
    // Cafés and hotels
    Template {
        id: "clean-cafe-table",
        title: "Clean a caf\u{e9} table",
        sector: Sector::Hospitality,
        steps: &[
            s(
                "Pick up the cups and plates.",
                "Customer has left the table",
            ),
            s(
                "Put them on your tray.",
                "Cups and plates are in your hands",
            ),
            s(
                "Put the rubbish in the bin bag.",
                "Napkins and wrappers are on the table",
            ),
            k("Spray the table with the blue spray.", "Table is empty"),
            s(
                "Wipe the table with the cloth, from the back to the front.",
                "Table is wet with spray",
            ),
            s(
                "Wipe the crumbs into your hand.",
                "Crumbs are at the front edge",
            ),
            s("Put the crumbs on your tray.", "Crumbs are in your hand"),
            s("Push the chairs in.", "Table is clean and dry"),
            s("Take the tray to the kitchen.", "Table is done"),
        ],
    },
    Template {
        id: "make-tea",
        title: "Make a cup of tea for a customer",
        sector: Sector::Hospitality,
        steps: &[
            s("Wash your hands.", "Customer asks for tea"),
            s("Put a clean cup on a saucer.", "Hands are clean and dry"),
            s("Put one tea bag in the cup.", "Cup is on the saucer"),
            k(
                "Fill the cup from the hot water tap, up to the line.",
                "Tea bag is in the cup",
            ),
            s("Put a spoon on the saucer.", "Cup is full"),
            s(
                "Ask the customer: \u{201c}Milk or sugar?\u{201d}",
                "Tea is made",
            ),
            s(
                "Add the milk or sugar they asked for.",
                "Customer says what they want",
            ),
            k(
                "Carry the cup with both hands to the customer.",
                "Tea is ready",
            ),
            s(
                "Say: \u{201c}Here is your tea. Be careful, it is hot.\u{201d}",
                "You are at the customer's table",
            ),
        ],
    },
    Template {
        id: "fold-towels",
        title: "Fold and stack towels",
        sector: Sector::Hospitality,
        steps: &[
            s(
                "Take one towel from the clean basket.",
                "Basket of dry towels is on the table",
            ),
            s("Shake the towel out.", "Towel is in your hands"),
            s("Lay it flat on the table.", "Towel is shaken out"),
            s("Fold it in half, long side to long side.", "Towel is flat"),
            s(
                "Fold it in half again, short end to short end.",
                "Towel is long and thin",
            ),
            s("Fold it in half one more time.", "Towel is half as long"),
            s(
                "Put it on the pile with the fold facing out.",
                "Towel is a neat square",
            ),
            s(
                "Start a new pile when this one has 10 towels.",
                "Pile has 10 towels",
            ),
        ],
    },
    // Cleaning
    Template {
        id: "mop-floor",
        title: "Mop a floor",
        sector: Sector::Cleaning,
        steps: &[
            k(
                "Put the yellow wet floor sign at the door.",
                "You are given a room to mop",
            ),
            s(
                "Fill the bucket with warm water to the line.",
                "Sign is out",
            ),
            s("Add one cap of floor cleaner.", "Bucket is filled"),
            s("Dip the mop in the bucket.", "Water has cleaner in it"),
            s("Squeeze the mop in the wringer.", "Mop is wet"),
            s(
                "Start in the far corner, away from the door.",
                "Mop is damp, not dripping",
            ),
            s(
                "Mop side to side, walking backwards.",
                "You are in the far corner",
            ),
            s("Rinse and squeeze the mop again.", "Mop looks dirty"),
            s("Stop when you get to the door.", "Floor is shiny and wet"),
            s(
                "Empty the bucket down the drain in the cleaning room.",
                "Floor is done",
            ),
            s(
                "Pick up the sign when the floor is dry.",
                "Floor is not shiny any more",
            ),
        ],
    },
    Template {
        id: "empty-bins",
        title: "Empty the bins",
        sector: Sector::Cleaning,
        steps: &[
            k("Put on your gloves.", "It is time for the bin round"),
            s("Go to the first bin on your list.", "Gloves are on"),
            s(
                "Pull the full bag up out of the bin.",
                "Bin is more than half full",
            ),
            s("Tie the top of the bag in a knot.", "Bag is out of the bin"),
            s("Put the bag in your trolley.", "Bag is tied"),
            s("Put a new bag in the bin.", "Bin is empty"),
            s(
                "Fold the top of the bag over the edge of the bin.",
                "New bag is in the bin",
            ),
            s("Go to the next bin on your list.", "This bin is done"),
            s(
                "Take the trolley to the big outside bin.",
                "Every bin on your list is done",
            ),
            s(
                "Take off your gloves and wash your hands.",
                "Bags are in the outside bin",
            ),
        ],
    },
    // Warehouses
    Template {
        id: "pack-order",
        title: "Pack an order",
        sector: Sector::Warehouse,
        steps: &[
            s(
                "Take the next order sheet from the tray.",
                "Your packing table is clear",
            ),
            s(
                "Get the items on the sheet from the tote box.",
                "You have an order sheet",
            ),
            k(
                "Tick each item on the sheet as you check it.",
                "Items are on the table",
            ),
            s(
                "Pick the box size printed on the sheet.",
                "Every item is ticked",
            ),
            s(
                "Put the heavy items in the box first.",
                "Box is open on the table",
            ),
            s(
                "Fill the gaps with paper.",
                "Items move when you shake the box",
            ),
            s("Put the order sheet on top.", "Items do not move"),
            s("Close the box and tape it shut.", "Sheet is in the box"),
            k("Stick the address label on the top.", "Box is taped"),
            s("Put the box on the collection trolley.", "Label is on"),
        ],
    },
    Template {
        id: "put-away-delivery",
        title: "Put away a delivery",
        sector: Sector::Warehouse,
        steps: &[
            s(
                "Take a box from the delivery pallet.",
                "Delivery has been checked in",
            ),
            s(
                "Read the location code on the box label.",
                "Box is in your hands",
            ),
            s("Put the box on your trolley.", "You know the location code"),
            s(
                "Push the trolley to the aisle on the code.",
                "Trolley is full",
            ),
            s(
                "Find the shelf with the same code.",
                "You are in the right aisle",
            ),
            k(
                "Lift the box with a straight back, bending your knees.",
                "You are at the right shelf",
            ),
            s(
                "Put the box on the shelf with the label facing out.",
                "Box is lifted",
            ),
            s(
                "Go back to the pallet for the next box.",
                "Trolley is empty",
            ),
        ],
    },
    // Offices
    Template {
        id: "photocopy",
        title: "Photocopy a document",
        sector: Sector::Office,
        steps: &[
            s(
                "Take the document to the copier.",
                "Someone asks you for copies",
            ),
            s("Check there is paper in the tray.", "You are at the copier"),
            s("Lift the lid.", "Paper is in the tray"),
            s(
                "Put the first page face down in the top left corner.",
                "Lid is up",
            ),
            s("Close the lid.", "Page is in the corner"),
            k(
                "Type the number of copies you were asked for.",
                "Lid is closed",
            ),
            s(
                "Press the green Start button.",
                "Number on the screen is right",
            ),
            s("Take the page off the glass.", "Copier stops"),
            s("Do the next page the same way.", "There are more pages"),
            s("Take the copies from the tray.", "Last page is done"),
            s(
                "Give the copies and the document to the person.",
                "You have all the copies",
            ),
        ],
    },
    Template {
        id: "sort-post",
        title: "Sort the post",
        sector: Sector::Office,
        steps: &[
            s(
                "Collect the post from reception.",
                "Post arrives in the morning",
            ),
            s("Take it to the post table.", "Post is in your hands"),
            s("Pick up one letter.", "Post is on the table"),
            s("Read the name on the front.", "Letter is in your hand"),
            s(
                "Find the tray with the same name.",
                "You have read the name",
            ),
            s("Put the letter in that tray.", "Name on the tray matches"),
            s(
                "Put letters with no name in the office manager's tray.",
                "No name or no tray for the name",
            ),
            s("Take the trays to each desk.", "Every letter is in a tray"),
        ],
    },
    // Care homes
    Template {
        id: "lay-care-home-table",
        title: "Lay a table for a care home meal",
        sector: Sector::Care,
        steps: &[
            k("Wash your hands.", "It is half an hour before the meal"),
            s("Wipe the table with a clean damp cloth.", "Hands are clean"),
            s("Put a place mat in front of each chair.", "Table is clean"),
            s("Put a knife on the right of each mat.", "Mats are out"),
            s("Put a fork on the left of each mat.", "Knives are out"),
            s("Put a spoon above each mat.", "Forks are out"),
            s("Put a cup at the top right of each mat.", "Spoons are out"),
            k(
                "Put the special cups and plates at the named places.",
                "Names are on the table list",
            ),
            s("Fold a napkin and put it on each mat.", "Cups are out"),
            s("Put the jug of water in the middle.", "Every place is laid"),
        ],
    },
    // Grounds and gardens
    Template {
        id: "sweep-path",
        title: "Sweep a path",
        sector: Sector::Grounds,
        steps: &[
            s(
                "Get the broom, dustpan and bag from the shed.",
                "You are given a path to sweep",
            ),
            s("Start at the far end of the path.", "You have the tools"),
            s(
                "Sweep towards you with short strokes.",
                "Leaves or dirt on the path",
            ),
            s(
                "Make a small pile every few steps.",
                "Dirt is in front of the broom",
            ),
            s("Sweep the pile into the dustpan.", "Pile is made"),
            s("Tip the dustpan into the bag.", "Dustpan is full"),
            s(
                "Keep going until you reach the other end.",
                "More path to sweep",
            ),
            s("Tie the bag and put it in the green bin.", "Path is clear"),
            s("Put the tools back in the shed.", "Bag is in the bin"),
        ],
    },
    Template {
        id: "rake-leaves",
        title: "Rake leaves",
        sector: Sector::Grounds,
        steps: &[
            k(
                "Put on your gloves and boots.",
                "You are given a lawn to rake",
            ),
            s(
                "Get the rake and the leaf bag from the shed.",
                "Gloves and boots are on",
            ),
            s("Start at the edge of the lawn.", "You have the tools"),
            s(
                "Pull the leaves towards you with the rake.",
                "Leaves are on the grass",
            ),
            s("Make one big pile in the middle.", "Leaves are moving"),
            s("Pick up the leaves with both hands.", "Pile is made"),
            s("Put them in the leaf bag.", "Hands are full of leaves"),
            s(
                "Do it again until the pile is gone.",
                "Leaves are left on the grass",
            ),
            s(
                "Take the bag to the compost heap.",
                "Bag is full or the lawn is clear",
            ),
            s(
                "Put the tools back in the shed.",
                "Leaves are on the compost",
            ),
        ],
    },
];
