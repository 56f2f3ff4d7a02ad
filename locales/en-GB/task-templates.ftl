# The example tasks a coach can start from (Job steps page, "Start from a ready-made task").
# Each task has a title, then its steps in order: -do is what the worker does (a short
# sentence, one action), -cue is the natural cue: what at work tells them to do it.
# Keep each step short and plain: a person with a learning disability reads it.

# The groups in the list of examples.
tpl-sector-retail = Shops
tpl-sector-hospitality = Cafés and hotels
tpl-sector-cleaning = Cleaning
tpl-sector-warehouse = Warehouses
tpl-sector-office = Offices
tpl-sector-care = Care homes
tpl-sector-grounds = Grounds and gardens

# face-up-shelf (Retail)
tpl-face-up-shelf-title = Face up a shelf
tpl-face-up-shelf-1-do = Stand in front of the shelf.
tpl-face-up-shelf-1-cue = Your supervisor gives you the aisle to do
tpl-face-up-shelf-2-do = Start at the top shelf on the left.
tpl-face-up-shelf-2-cue = You are at the shelf
tpl-face-up-shelf-3-do = Pull the items to the front edge.
tpl-face-up-shelf-3-cue = Items are at the back of the shelf
tpl-face-up-shelf-4-do = Turn each item so the label faces out.
tpl-face-up-shelf-4-cue = Label is turned to the side or back
tpl-face-up-shelf-5-do = Line up the items in straight rows.
tpl-face-up-shelf-5-cue = Items are at the front
tpl-face-up-shelf-6-do = Check each item is on its own price label.
tpl-face-up-shelf-6-cue = Row is straight
tpl-face-up-shelf-7-do = Put any item in the wrong place in your basket.
tpl-face-up-shelf-7-cue = Item does not match the price label
tpl-face-up-shelf-8-do = Move down to the next shelf.
tpl-face-up-shelf-8-cue = This shelf looks full and tidy
tpl-face-up-shelf-9-do = Take the basket to the returns area.
tpl-face-up-shelf-9-cue = Every shelf in the bay is done

# scan-shelve-returns (Retail)
tpl-scan-shelve-returns-title = Scan and shelve returned stock
tpl-scan-shelve-returns-1-do = Take an item from the returns box.
tpl-scan-shelve-returns-1-cue = Returns box is by the till
tpl-scan-shelve-returns-2-do = Check the item is clean and not broken.
tpl-scan-shelve-returns-2-cue = Item is in your hand
tpl-scan-shelve-returns-3-do = Put a broken item in the damages tray.
tpl-scan-shelve-returns-3-cue = Item is broken, dirty or opened
tpl-scan-shelve-returns-4-do = Scan the barcode with the scanner.
tpl-scan-shelve-returns-4-cue = Item is in good condition
tpl-scan-shelve-returns-5-do = Read the aisle number on the scanner screen.
tpl-scan-shelve-returns-5-cue = Scanner beeps
tpl-scan-shelve-returns-6-do = Put the item in your basket.
tpl-scan-shelve-returns-6-cue = You know the aisle number
tpl-scan-shelve-returns-7-do = Walk to that aisle.
tpl-scan-shelve-returns-7-cue = Basket is full or the box is empty
tpl-scan-shelve-returns-8-do = Find the shelf with the same price label.
tpl-scan-shelve-returns-8-cue = You are in the right aisle
tpl-scan-shelve-returns-9-do = Put the item at the back of its row.
tpl-scan-shelve-returns-9-cue = Price label matches the item
tpl-scan-shelve-returns-10-do = Go back for the next item.
tpl-scan-shelve-returns-10-cue = Basket is empty

# clean-cafe-table (Hospitality)
tpl-clean-cafe-table-title = Clean a café table
tpl-clean-cafe-table-1-do = Pick up the cups and plates.
tpl-clean-cafe-table-1-cue = Customer has left the table
tpl-clean-cafe-table-2-do = Put them on your tray.
tpl-clean-cafe-table-2-cue = Cups and plates are in your hands
tpl-clean-cafe-table-3-do = Put the rubbish in the bin bag.
tpl-clean-cafe-table-3-cue = Napkins and wrappers are on the table
tpl-clean-cafe-table-4-do = Spray the table with the blue spray.
tpl-clean-cafe-table-4-cue = Table is empty
tpl-clean-cafe-table-5-do = Wipe the table with the cloth, from the back to the front.
tpl-clean-cafe-table-5-cue = Table is wet with spray
tpl-clean-cafe-table-6-do = Wipe the crumbs into your hand.
tpl-clean-cafe-table-6-cue = Crumbs are at the front edge
tpl-clean-cafe-table-7-do = Put the crumbs on your tray.
tpl-clean-cafe-table-7-cue = Crumbs are in your hand
tpl-clean-cafe-table-8-do = Push the chairs in.
tpl-clean-cafe-table-8-cue = Table is clean and dry
tpl-clean-cafe-table-9-do = Take the tray to the kitchen.
tpl-clean-cafe-table-9-cue = Table is done

# make-tea (Hospitality)
tpl-make-tea-title = Make a cup of tea for a customer
tpl-make-tea-1-do = Wash your hands.
tpl-make-tea-1-cue = Customer asks for tea
tpl-make-tea-2-do = Put a clean cup on a saucer.
tpl-make-tea-2-cue = Hands are clean and dry
tpl-make-tea-3-do = Put one tea bag in the cup.
tpl-make-tea-3-cue = Cup is on the saucer
tpl-make-tea-4-do = Fill the cup from the hot water tap, up to the line.
tpl-make-tea-4-cue = Tea bag is in the cup
tpl-make-tea-5-do = Put a spoon on the saucer.
tpl-make-tea-5-cue = Cup is full
tpl-make-tea-6-do = Ask the customer: “Milk or sugar?”
tpl-make-tea-6-cue = Tea is made
tpl-make-tea-7-do = Add the milk or sugar they asked for.
tpl-make-tea-7-cue = Customer says what they want
tpl-make-tea-8-do = Carry the cup with both hands to the customer.
tpl-make-tea-8-cue = Tea is ready
tpl-make-tea-9-do = Say: “Here is your tea. Be careful, it is hot.”
tpl-make-tea-9-cue = You are at the customer's table

# fold-towels (Hospitality)
tpl-fold-towels-title = Fold and stack towels
tpl-fold-towels-1-do = Take one towel from the clean basket.
tpl-fold-towels-1-cue = Basket of dry towels is on the table
tpl-fold-towels-2-do = Shake the towel out.
tpl-fold-towels-2-cue = Towel is in your hands
tpl-fold-towels-3-do = Lay it flat on the table.
tpl-fold-towels-3-cue = Towel is shaken out
tpl-fold-towels-4-do = Fold it in half, long side to long side.
tpl-fold-towels-4-cue = Towel is flat
tpl-fold-towels-5-do = Fold it in half again, short end to short end.
tpl-fold-towels-5-cue = Towel is long and thin
tpl-fold-towels-6-do = Fold it in half one more time.
tpl-fold-towels-6-cue = Towel is half as long
tpl-fold-towels-7-do = Put it on the pile with the fold facing out.
tpl-fold-towels-7-cue = Towel is a neat square
tpl-fold-towels-8-do = Start a new pile when this one has 10 towels.
tpl-fold-towels-8-cue = Pile has 10 towels

# mop-floor (Cleaning)
tpl-mop-floor-title = Mop a floor
tpl-mop-floor-1-do = Put the yellow wet floor sign at the door.
tpl-mop-floor-1-cue = You are given a room to mop
tpl-mop-floor-2-do = Fill the bucket with warm water to the line.
tpl-mop-floor-2-cue = Sign is out
tpl-mop-floor-3-do = Add one cap of floor cleaner.
tpl-mop-floor-3-cue = Bucket is filled
tpl-mop-floor-4-do = Dip the mop in the bucket.
tpl-mop-floor-4-cue = Water has cleaner in it
tpl-mop-floor-5-do = Squeeze the mop in the wringer.
tpl-mop-floor-5-cue = Mop is wet
tpl-mop-floor-6-do = Start in the far corner, away from the door.
tpl-mop-floor-6-cue = Mop is damp, not dripping
tpl-mop-floor-7-do = Mop side to side, walking backwards.
tpl-mop-floor-7-cue = You are in the far corner
tpl-mop-floor-8-do = Rinse and squeeze the mop again.
tpl-mop-floor-8-cue = Mop looks dirty
tpl-mop-floor-9-do = Stop when you get to the door.
tpl-mop-floor-9-cue = Floor is shiny and wet
tpl-mop-floor-10-do = Empty the bucket down the drain in the cleaning room.
tpl-mop-floor-10-cue = Floor is done
tpl-mop-floor-11-do = Pick up the sign when the floor is dry.
tpl-mop-floor-11-cue = Floor is not shiny any more

# empty-bins (Cleaning)
tpl-empty-bins-title = Empty the bins
tpl-empty-bins-1-do = Put on your gloves.
tpl-empty-bins-1-cue = It is time for the bin round
tpl-empty-bins-2-do = Go to the first bin on your list.
tpl-empty-bins-2-cue = Gloves are on
tpl-empty-bins-3-do = Pull the full bag up out of the bin.
tpl-empty-bins-3-cue = Bin is more than half full
tpl-empty-bins-4-do = Tie the top of the bag in a knot.
tpl-empty-bins-4-cue = Bag is out of the bin
tpl-empty-bins-5-do = Put the bag in your trolley.
tpl-empty-bins-5-cue = Bag is tied
tpl-empty-bins-6-do = Put a new bag in the bin.
tpl-empty-bins-6-cue = Bin is empty
tpl-empty-bins-7-do = Fold the top of the bag over the edge of the bin.
tpl-empty-bins-7-cue = New bag is in the bin
tpl-empty-bins-8-do = Go to the next bin on your list.
tpl-empty-bins-8-cue = This bin is done
tpl-empty-bins-9-do = Take the trolley to the big outside bin.
tpl-empty-bins-9-cue = Every bin on your list is done
tpl-empty-bins-10-do = Take off your gloves and wash your hands.
tpl-empty-bins-10-cue = Bags are in the outside bin

# pack-order (Warehouse)
tpl-pack-order-title = Pack an order
tpl-pack-order-1-do = Take the next order sheet from the tray.
tpl-pack-order-1-cue = Your packing table is clear
tpl-pack-order-2-do = Get the items on the sheet from the tote box.
tpl-pack-order-2-cue = You have an order sheet
tpl-pack-order-3-do = Tick each item on the sheet as you check it.
tpl-pack-order-3-cue = Items are on the table
tpl-pack-order-4-do = Pick the box size printed on the sheet.
tpl-pack-order-4-cue = Every item is ticked
tpl-pack-order-5-do = Put the heavy items in the box first.
tpl-pack-order-5-cue = Box is open on the table
tpl-pack-order-6-do = Fill the gaps with paper.
tpl-pack-order-6-cue = Items move when you shake the box
tpl-pack-order-7-do = Put the order sheet on top.
tpl-pack-order-7-cue = Items do not move
tpl-pack-order-8-do = Close the box and tape it shut.
tpl-pack-order-8-cue = Sheet is in the box
tpl-pack-order-9-do = Stick the address label on the top.
tpl-pack-order-9-cue = Box is taped
tpl-pack-order-10-do = Put the box on the collection trolley.
tpl-pack-order-10-cue = Label is on

# put-away-delivery (Warehouse)
tpl-put-away-delivery-title = Put away a delivery
tpl-put-away-delivery-1-do = Take a box from the delivery pallet.
tpl-put-away-delivery-1-cue = Delivery has been checked in
tpl-put-away-delivery-2-do = Read the location code on the box label.
tpl-put-away-delivery-2-cue = Box is in your hands
tpl-put-away-delivery-3-do = Put the box on your trolley.
tpl-put-away-delivery-3-cue = You know the location code
tpl-put-away-delivery-4-do = Push the trolley to the aisle on the code.
tpl-put-away-delivery-4-cue = Trolley is full
tpl-put-away-delivery-5-do = Find the shelf with the same code.
tpl-put-away-delivery-5-cue = You are in the right aisle
tpl-put-away-delivery-6-do = Lift the box with a straight back, bending your knees.
tpl-put-away-delivery-6-cue = You are at the right shelf
tpl-put-away-delivery-7-do = Put the box on the shelf with the label facing out.
tpl-put-away-delivery-7-cue = Box is lifted
tpl-put-away-delivery-8-do = Go back to the pallet for the next box.
tpl-put-away-delivery-8-cue = Trolley is empty

# photocopy (Office)
tpl-photocopy-title = Photocopy a document
tpl-photocopy-1-do = Take the document to the copier.
tpl-photocopy-1-cue = Someone asks you for copies
tpl-photocopy-2-do = Check there is paper in the tray.
tpl-photocopy-2-cue = You are at the copier
tpl-photocopy-3-do = Lift the lid.
tpl-photocopy-3-cue = Paper is in the tray
tpl-photocopy-4-do = Put the first page face down in the top left corner.
tpl-photocopy-4-cue = Lid is up
tpl-photocopy-5-do = Close the lid.
tpl-photocopy-5-cue = Page is in the corner
tpl-photocopy-6-do = Type the number of copies you were asked for.
tpl-photocopy-6-cue = Lid is closed
tpl-photocopy-7-do = Press the green Start button.
tpl-photocopy-7-cue = Number on the screen is right
tpl-photocopy-8-do = Take the page off the glass.
tpl-photocopy-8-cue = Copier stops
tpl-photocopy-9-do = Do the next page the same way.
tpl-photocopy-9-cue = There are more pages
tpl-photocopy-10-do = Take the copies from the tray.
tpl-photocopy-10-cue = Last page is done
tpl-photocopy-11-do = Give the copies and the document to the person.
tpl-photocopy-11-cue = You have all the copies

# sort-post (Office)
tpl-sort-post-title = Sort the post
tpl-sort-post-1-do = Collect the post from reception.
tpl-sort-post-1-cue = Post arrives in the morning
tpl-sort-post-2-do = Take it to the post table.
tpl-sort-post-2-cue = Post is in your hands
tpl-sort-post-3-do = Pick up one letter.
tpl-sort-post-3-cue = Post is on the table
tpl-sort-post-4-do = Read the name on the front.
tpl-sort-post-4-cue = Letter is in your hand
tpl-sort-post-5-do = Find the tray with the same name.
tpl-sort-post-5-cue = You have read the name
tpl-sort-post-6-do = Put the letter in that tray.
tpl-sort-post-6-cue = Name on the tray matches
tpl-sort-post-7-do = Put letters with no name in the office manager's tray.
tpl-sort-post-7-cue = No name or no tray for the name
tpl-sort-post-8-do = Take the trays to each desk.
tpl-sort-post-8-cue = Every letter is in a tray

# lay-care-home-table (Care)
tpl-lay-care-home-table-title = Lay a table for a care home meal
tpl-lay-care-home-table-1-do = Wash your hands.
tpl-lay-care-home-table-1-cue = It is half an hour before the meal
tpl-lay-care-home-table-2-do = Wipe the table with a clean damp cloth.
tpl-lay-care-home-table-2-cue = Hands are clean
tpl-lay-care-home-table-3-do = Put a place mat in front of each chair.
tpl-lay-care-home-table-3-cue = Table is clean
tpl-lay-care-home-table-4-do = Put a knife on the right of each mat.
tpl-lay-care-home-table-4-cue = Mats are out
tpl-lay-care-home-table-5-do = Put a fork on the left of each mat.
tpl-lay-care-home-table-5-cue = Knives are out
tpl-lay-care-home-table-6-do = Put a spoon above each mat.
tpl-lay-care-home-table-6-cue = Forks are out
tpl-lay-care-home-table-7-do = Put a cup at the top right of each mat.
tpl-lay-care-home-table-7-cue = Spoons are out
tpl-lay-care-home-table-8-do = Put the special cups and plates at the named places.
tpl-lay-care-home-table-8-cue = Names are on the table list
tpl-lay-care-home-table-9-do = Fold a napkin and put it on each mat.
tpl-lay-care-home-table-9-cue = Cups are out
tpl-lay-care-home-table-10-do = Put the jug of water in the middle.
tpl-lay-care-home-table-10-cue = Every place is laid

# sweep-path (Grounds)
tpl-sweep-path-title = Sweep a path
tpl-sweep-path-1-do = Get the broom, dustpan and bag from the shed.
tpl-sweep-path-1-cue = You are given a path to sweep
tpl-sweep-path-2-do = Start at the far end of the path.
tpl-sweep-path-2-cue = You have the tools
tpl-sweep-path-3-do = Sweep towards you with short strokes.
tpl-sweep-path-3-cue = Leaves or dirt on the path
tpl-sweep-path-4-do = Make a small pile every few steps.
tpl-sweep-path-4-cue = Dirt is in front of the broom
tpl-sweep-path-5-do = Sweep the pile into the dustpan.
tpl-sweep-path-5-cue = Pile is made
tpl-sweep-path-6-do = Tip the dustpan into the bag.
tpl-sweep-path-6-cue = Dustpan is full
tpl-sweep-path-7-do = Keep going until you reach the other end.
tpl-sweep-path-7-cue = More path to sweep
tpl-sweep-path-8-do = Tie the bag and put it in the green bin.
tpl-sweep-path-8-cue = Path is clear
tpl-sweep-path-9-do = Put the tools back in the shed.
tpl-sweep-path-9-cue = Bag is in the bin

# rake-leaves (Grounds)
tpl-rake-leaves-title = Rake leaves
tpl-rake-leaves-1-do = Put on your gloves and boots.
tpl-rake-leaves-1-cue = You are given a lawn to rake
tpl-rake-leaves-2-do = Get the rake and the leaf bag from the shed.
tpl-rake-leaves-2-cue = Gloves and boots are on
tpl-rake-leaves-3-do = Start at the edge of the lawn.
tpl-rake-leaves-3-cue = You have the tools
tpl-rake-leaves-4-do = Pull the leaves towards you with the rake.
tpl-rake-leaves-4-cue = Leaves are on the grass
tpl-rake-leaves-5-do = Make one big pile in the middle.
tpl-rake-leaves-5-cue = Leaves are moving
tpl-rake-leaves-6-do = Pick up the leaves with both hands.
tpl-rake-leaves-6-cue = Pile is made
tpl-rake-leaves-7-do = Put them in the leaf bag.
tpl-rake-leaves-7-cue = Hands are full of leaves
tpl-rake-leaves-8-do = Do it again until the pile is gone.
tpl-rake-leaves-8-cue = Leaves are left on the grass
tpl-rake-leaves-9-do = Take the bag to the compost heap.
tpl-rake-leaves-9-cue = Bag is full or the lawn is clear
tpl-rake-leaves-10-do = Put the tools back in the shed.
tpl-rake-leaves-10-cue = Leaves are on the compost
