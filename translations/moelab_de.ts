<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BatchGradients</name>
    <message>
        <location filename="../app/runs/batch_gradients.cpp" line="+32"/>
        <source>the batch is empty</source>
        <translation>der Batch ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the batch has %1 features, the model expects %2</source>
        <translation>der Batch hat %1 Merkmale, das Modell erwartet %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the batch has the class &apos;%1&apos;, which the model does not know</source>
        <translation>der Batch enthält die Klasse „%1“, die das Modell nicht kennt</translation>
    </message>
</context>
<context>
    <name>ComparisonPlots</name>
    <message>
        <location filename="../app/runs/comparison_plots.cpp" line="+35"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load coefficient of variation</source>
        <translation>Variationskoeffizient der Last</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max / mean expert load</source>
        <translation>Max. / mittlere Expertenlast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped fraction</source>
        <translation>Verworfener Anteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gate entropy</source>
        <translation>Gate-Entropie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>Plots kann nur ein Programm mit QApplication zeichnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot draw the comparison plot &apos;%1&apos;: %2</source>
        <translation>Vergleichsplot „%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ControlTexts</name>
    <message>
        <location filename="../app/gui/control_texts.cpp" line="+19"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data the experts learn from: 2-D toy sets show the gate&apos;s regions, real sets show which expert takes which class.</source>
        <translation>Die Daten, aus denen die Experten lernen: 2-D-Spielzeugdaten zeigen die Regionen des Gates, echte Daten zeigen, welcher Experte welche Klasse übernimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples are generated or kept; more data gives smoother regions but longer epochs.</source>
        <translation>Wie viele Beispiele erzeugt oder behalten werden; mehr Daten ergeben glattere Regionen, aber längere Epochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the toy points scatter; more noise makes the classes overlap and the task harder.</source>
        <translation>Wie stark die Spielzeugpunkte streuen; mehr Rauschen lässt die Klassen überlappen und macht die Aufgabe schwerer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data seed</source>
        <translation>Daten-Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same data and the same train/test split, so two runs can be compared.</source>
        <translation>Derselbe Seed ergibt dieselben Daten und dieselbe Trainings-/Testaufteilung, sodass sich zwei Läufe vergleichen lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read when the dataset comes from one: CSV or IDX data, or the UTF-8 text of the text corpus.</source>
        <translation>Die Datei, wenn der Datensatz aus einer Datei kommt: CSV- oder IDX-Daten oder der UTF-8-Text des Textkorpus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label column</source>
        <translation>Label-Spalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which CSV column holds the class label (-1 means the last one).</source>
        <translation>Welche CSV-Spalte das Klassenlabel enthält (-1 = die letzte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of samples kept out of training, to measure how well the model generalises.</source>
        <translation>Der Anteil der Samples, der nicht trainiert wird, um zu messen, wie gut das Modell generalisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standardize</source>
        <translation>Standardisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts and scales every feature to mean 0 and variance 1, which keeps the gate&apos;s logits in a good range.</source>
        <translation>Verschiebt und skaliert jedes Merkmal auf Mittelwert 0 und Varianz 1, was die Logits des Gates in einem guten Bereich hält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clusters or spiral arms the toy data has: regions the experts can share out among themselves.</source>
        <translation>Wie viele Cluster oder Spiralarme die Spielzeugdaten haben: Regionen, die die Experten unter sich aufteilen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation windows</source>
        <translation>Validierungsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many fixed stretches of the validation text the loss is measured on; the same ones at every evaluation (0 = every non-overlapping window).</source>
        <translation>Textdaten: an wie vielen festen Abschnitten des Validierungstexts der Verlust gemessen wird; bei jeder Auswertung dieselben (0 = jedes nicht überlappende Fenster).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of expert networks the gate chooses from; more experts add capacity without adding compute per token.</source>
        <translation>Die Zahl der Expertennetze, aus denen das Gate wählt; mehr Experten erhöhen die Kapazität ohne mehr Rechenaufwand pro Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden width</source>
        <translation>Versteckte Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The width of each expert&apos;s hidden layer, that is, the size of one expert.</source>
        <translation>Die Breite der versteckten Schicht jedes Experten, also die Größe eines Experten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert type</source>
        <translation>Expertentyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linear expert draws one straight boundary; an MLP expert can bend its own.</source>
        <translation>Ein linearer Experte zieht eine gerade Grenze; ein MLP-Experte kann seine eigene biegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The non-linearity inside each MLP expert.</source>
        <translation>Die Nichtlinearität in jedem MLP-Experten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Randomly silences hidden units while training so the experts do not memorise the training set.</source>
        <translation>Schaltet beim Training zufällig versteckte Einheiten stumm, damit die Experten die Trainingsdaten nicht auswendig lernen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared experts</source>
        <translation>Geteilte Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts every token always uses next to the routed ones (as in DeepSeekMoE), to hold what all inputs have in common.</source>
        <translation>Experten, die jedes Token neben den gerouteten immer nutzt (wie in DeepSeekMoE), für das, was alle Eingaben gemeinsam haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine-grained split</source>
        <translation>Feine Aufteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits each expert into m narrower ones and multiplies k by m: more combinations for the same compute.</source>
        <translation>Teilt jeden Experten in m schmalere und multipliziert k mit m: mehr Kombinationen bei gleichem Rechenaufwand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual</source>
        <translation>Residual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the input to the layer&apos;s output (y = x + MoE(x)), so a token dropped by a full expert still passes through unchanged.</source>
        <translation>Addiert die Eingabe zur Ausgabe der Schicht (y = x + MoE(x)), sodass ein von einem vollen Experten verworfenes Token unverändert durchgereicht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router bias</source>
        <translation>Router-Bias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives the gate a learnable offset per expert, so it can prefer an expert whatever the input.</source>
        <translation>Gibt dem Gate einen lernbaren Versatz pro Experte, sodass es einen Experten unabhängig von der Eingabe bevorzugen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Router init</source>
        <translation>Router-Init</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spread of the gate&apos;s random starting weights; zero makes all experts look alike at the start, which invites collapse.</source>
        <translation>Die Streuung der zufälligen Startgewichte des Gates; null lässt alle Experten anfangs gleich aussehen, was zum Kollaps einlädt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many transformer blocks the language model stacks; each block has its own attention and its own MoE layer with its own router.</source>
        <translation>Textdaten: wie viele Transformer-Blöcke das Sprachmodell stapelt; jeder Block hat seine eigene Attention und seine eigene MoE-Schicht mit eigenem Router.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model width</source>
        <translation>Modellbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: the width d of the language model, the length of the vector that stands for each byte as it passes through the blocks.</source>
        <translation>Textdaten: die Breite d des Sprachmodells, die Länge des Vektors, der jedes Byte auf seinem Weg durch die Blöcke darstellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: attention heads per block; each head looks back over the context on its own. The model width must be a multiple of it.</source>
        <translation>Textdaten: Attention-Köpfe pro Block; jeder Kopf blickt für sich über den Kontext zurück. Die Modellbreite muss ein Vielfaches davon sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many bytes the model sees at once; a byte is predicted from at most this many bytes before it.</source>
        <translation>Textdaten: wie viele Bytes das Modell auf einmal sieht; ein Byte wird aus höchstens so vielen Bytes davor vorhergesagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the gate turns its scores into a choice of experts for each token.</source>
        <translation>Wie das Gate seine Scores für jedes Token in eine Auswahl von Experten umsetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k (experts per token)</source>
        <translation>k (Experten pro Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many experts each token is sent to; compute per token grows with k, not with the number of experts.</source>
        <translation>An wie viele Experten jedes Token geht; der Rechenaufwand pro Token wächst mit k, nicht mit der Zahl der Experten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity factor</source>
        <translation>Kapazitätsfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens an expert may take, relative to an even share; tokens beyond it are dropped (0 = no limit).</source>
        <translation>Wie viele Tokens ein Experte nehmen darf, relativ zu einem gleichen Anteil; darüber hinaus werden Tokens verworfen (0 = keine Grenze).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eval capacity factor</source>
        <translation>Eval-Kapazitätsfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity factor used on the test set (0 = the same as in training).</source>
        <translation>Der Kapazitätsfaktor auf der Testmenge (0 = wie im Training).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity rounding</source>
        <translation>Kapazität runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How an expert&apos;s capacity is rounded to a whole number of tokens.</source>
        <translation>Wie die Kapazität eines Experten auf eine ganze Zahl von Tokens gerundet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow priority</source>
        <translation>Überlauf-Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tokens keep their place when an expert is full: the first ones, the most confident ones (BPR), or the highest scores.</source>
        <translation>Welche Tokens ihren Platz behalten, wenn ein Experte voll ist: die ersten, die sichersten (BPR) oder die mit den höchsten Scores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise top-k</source>
        <translation>Top-k renormieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescales the chosen experts&apos; weights to sum to one; with k = 1 the weight is then always 1 and the gate learns nothing.</source>
        <translation>Skaliert die Gewichte der gewählten Experten auf Summe eins; mit k = 1 ist das Gewicht dann immer 1, und das Gate lernt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise after drops</source>
        <translation>Nach Verwerfen renormieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When capacity drops one of a token&apos;s experts, rescales the weights of the ones it kept.</source>
        <translation>Wenn die Kapazität einen der Experten eines Tokens verwirft, werden die Gewichte der behaltenen neu skaliert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies the gate&apos;s input by a little random noise while training, so routing does not settle too early.</source>
        <translation>Multipliziert die Eingabe des Gates im Training mit etwas Zufallsrauschen, damit sich das Routing nicht zu früh festlegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GShard threshold</source>
        <translation>GShard-Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GShard keeps a token&apos;s second expert only with probability g2 / threshold, saving compute on unsure tokens.</source>
        <translation>GShard behält den zweiten Experten eines Tokens nur mit Wahrscheinlichkeit g2 / Schwelle und spart so Rechenzeit bei unsicheren Tokens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divides the gate&apos;s scores before sparsemax or entmax; higher is softer, with more experts per token.</source>
        <translation>Teilt die Scores des Gates vor sparsemax oder entmax; höher ist weicher, mit mehr Experten pro Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance loss</source>
        <translation>Ausgleichsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the Switch loss E·Σ f·P, which pushes the gate to spread tokens evenly over the experts.</source>
        <translation>Gewicht des Switch-Verlusts E·Σ f·P, der das Gate drängt, Tokens gleichmäßig auf die Experten zu verteilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance loss convention</source>
        <translation>Ausgleichs-Konvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the token fraction f is counted when each token picks k experts (Switch, Mixtral or Megatron style).</source>
        <translation>Wie der Token-Anteil f gezählt wird, wenn jedes Token k Experten wählt (Switch-, Mixtral- oder Megatron-Stil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router z-loss</source>
        <translation>Router-z-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises large gate scores, which keeps the router numerically stable (ST-MoE).</source>
        <translation>Bestraft große Gate-Scores und hält den Router so numerisch stabil (ST-MoE).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance loss</source>
        <translation>Importance-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises uneven total gate probability per expert (Shazeer et al., 2017).</source>
        <translation>Bestraft ungleiche Gesamt-Gate-Wahrscheinlichkeit pro Experte (Shazeer et al., 2017).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load loss</source>
        <translation>Lastverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises uneven smooth token counts per expert; it relies on the noise of noisy top-k.</source>
        <translation>Bestraft ungleiche geglättete Token-Zahlen pro Experte; er beruht auf dem Rauschen von Noisy Top-k.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss-free bias rate</source>
        <translation>Verlustfreie Bias-Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances without any loss: each step raises the selection bias of idle experts and lowers that of busy ones (DeepSeek-V3).</source>
        <translation>Gleicht ganz ohne Verlust aus: Jeder Schritt hebt den Auswahl-Bias untätiger Experten und senkt den ausgelasteter (DeepSeek-V3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How gradients become weight updates: SGD with momentum, Adam, or AdamW with decoupled weight decay.</source>
        <translation>Wie Gradienten zu Gewichtsänderungen werden: SGD mit Momentum, Adam oder AdamW mit entkoppeltem Weight Decay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size of each update step; too large and the loss explodes, too small and nothing moves.</source>
        <translation>Die Größe jedes Updateschritts; zu groß, und der Verlust explodiert, zu klein, und nichts bewegt sich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the previous SGD update carries into the next, smoothing noisy gradients.</source>
        <translation>Wie viel vom vorigen SGD-Update ins nächste übergeht, um verrauschte Gradienten zu glätten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay</source>
        <translation>Weight Decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls the weights toward zero at every step, a simple guard against overfitting.</source>
        <translation>Zieht die Gewichte bei jedem Schritt Richtung null, ein einfacher Schutz gegen Überanpassung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per training step; load statistics and the balance loss are computed over one batch.</source>
        <translation>Tokens pro Trainingsschritt; Laststatistik und Ausgleichsverlust werden über einen Batch berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many training steps the run lasts before it stops by itself.</source>
        <translation>Wie viele Trainingsschritte der Lauf dauert, bevor er von selbst anhält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed of the initial weights, the batches and the noise: the same seed gives the same run.</source>
        <translation>Der Seed der Startgewichte, der Batches und des Rauschens: derselbe Seed ergibt denselben Lauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task loss</source>
        <translation>Aufgabenverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the model minimises: cross-entropy for classes, squared error for numbers, or the classic mixture losses of Jacobs et al. (1991).</source>
        <translation>Was das Modell minimiert: Kreuzentropie für Klassen, quadratischen Fehler für Zahlen oder die klassischen Mischungsverluste von Jacobs et al. (1991).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train experts and gate together, or in stages: the experts first, then the gate, then both.</source>
        <translation>Experten und Gate zusammen trainieren oder in Stufen: erst die Experten, dann das Gate, dann beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage partition</source>
        <translation>Stufen-Aufteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In staged training, how the samples are shared out to the experts before the gate learns.</source>
        <translation>Im gestuften Training, wie die Samples auf die Experten verteilt werden, bevor das Gate lernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage steps</source>
        <translation>Stufenschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps each stage of staged training lasts.</source>
        <translation>Wie viele Schritte jede Stufe des gestuften Trainings dauert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads the engine may use (0 = the default).</source>
        <translation>CPU-Threads, die die Engine nutzen darf (0 = Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often, in steps, the model is measured on the test set.</source>
        <translation>Wie oft, in Schritten, das Modell auf der Testmenge gemessen wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping</source>
        <translation>Gradienten-Clipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps the gradient&apos;s size so one bad batch cannot throw the weights away (0 = off).</source>
        <translation>Begrenzt die Größe des Gradienten, damit ein schlechter Batch die Gewichte nicht verwirft (0 = aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule</source>
        <translation>Lernraten-Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the learning rate constant, or raise it linearly during the warm-up and then let it fall along a cosine to the final learning rate.</source>
        <translation>Die Lernrate konstant halten, oder sie während des Warm-ups linear anheben und dann entlang eines Kosinus auf die End-Lernrate sinken lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm-up steps</source>
        <translation>Warm-up-Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the cosine schedule: the first steps, during which the learning rate climbs from almost zero, so the early large gradients do no harm.</source>
        <translation>Beim Kosinus-Verlauf: die ersten Schritte, in denen die Lernrate von fast null ansteigt, damit die großen Gradienten am Anfang keinen Schaden anrichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final learning rate</source>
        <translation>End-Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the cosine schedule: the learning rate the decay ends at on the last step.</source>
        <translation>Beim Kosinus-Verlauf: die Lernrate, bei der das Abklingen im letzten Schritt endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How slowly Adam forgets the size of past gradients; 0.99 suits small language models, 0.999 the classic default.</source>
        <translation>Wie langsam Adam die Größe vergangener Gradienten vergisst; 0,99 passt zu kleinen Sprachmodellen, 0,999 ist der klassische Standardwert.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GELU (tanh form)</source>
        <translation>GELU (tanh-Form)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixture of distributions</source>
        <translation>Mischung von Verteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean squared error</source>
        <translation>Mittlerer quadr. Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitive (Jacobs 1991)</source>
        <translation>Kompetitiv (Jacobs 1991)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round up</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round down (Switch)</source>
        <translation>Abrunden (Switch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round to nearest</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First come</source>
        <translation>Wer zuerst kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most confident (BPR)</source>
        <translation>Sicherste (BPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Megatron</source>
        <translation>Megatron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixtral</source>
        <translation>Mixtral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staged</source>
        <translation>Gestuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By class</source>
        <translation>Nach Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By cluster</source>
        <translation>Nach Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm-up, then cosine decay</source>
        <translation>Warm-up, dann Kosinus-Abklingen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balancing</source>
        <translation>Lastausgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top-1 with renormalisation: the gate weight is always 1, so the gate gets no learning signal.</source>
        <translation>Top-1 mit Renormierung: Das Gate-Gewicht ist immer 1, das Gate bekommt also kein Lernsignal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With this strategy a token&apos;s output depends on the other tokens in its batch.</source>
        <translation>Bei dieser Strategie hängt die Ausgabe eines Tokens von den anderen Tokens im Batch ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of the assignments are dropped by the capacity limit.</source>
        <translation>%1 % der Zuweisungen werden durch die Kapazitätsgrenze verworfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>k is larger than the number of active experts; %1 is used.</source>
        <translation>k ist größer als die Zahl der aktiven Experten; %1 wird verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With k ≥ E the smooth load is undefined; hard token counts are used instead.</source>
        <translation>Mit k ≥ E ist die geglättete Last undefiniert; stattdessen werden harte Token-Zahlen verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This strategy does not use the balance loss.</source>
        <translation>Diese Strategie nutzt den Ausgleichsverlust nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens that keep a single expert give the gate no gradient; a higher temperature helps.</source>
        <translation>Tokens mit nur einem Experten geben dem Gate keinen Gradienten; eine höhere Temperatur hilft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some experts received no token: %1.</source>
        <translation>Einige Experten erhielten kein Token: %1.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Ranks (processes)</source>
        <translation>Ranks (Prozesse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert parallelism: how many MPI processes share the batch and the experts. The window trains in one process; moelab-cli runs P of them with mpirun -np P.</source>
        <translation>Expertenparallelität: wie viele MPI-Prozesse sich den Batch und die Experten teilen. Das Fenster trainiert in einem Prozess; moelab-cli startet P davon mit mpirun -np P.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert placement</source>
        <translation>Experten-Platzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rank holds each expert: round robin (expert e on rank e mod P) or blocks of neighbouring experts.</source>
        <translation>Welcher Rank welchen Experten hält: reihum (Experte e auf Rank e mod P) oder Blöcke benachbarter Experten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance statistics</source>
        <translation>Ausgleichsstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global: the balance loss counts the tokens of all ranks, exactly as one process. Local: each rank balances its own tokens (GShard&apos;s groups).</source>
        <translation>Global: Der Ausgleichsverlust zählt die Tokens aller Ranks, genau wie ein Prozess. Lokal: Jeder Rank gleicht seine eigenen Tokens aus (GShards Gruppen).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In blocks</source>
        <translation>In Blöcken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Distributed</source>
        <translation>Verteilt</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Task correlation ρ</source>
        <translation>Aufgabenkorrelation ρ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmoe_synthetic: how related the two tasks are. 1 makes them the same task, 0 unrelated; the MMoE paper&apos;s knob for comparing shared bottom, OMoE and MMoE.</source>
        <translation>mmoe_synthetic: wie verwandt die beiden Aufgaben sind. 1 macht sie zur selben Aufgabe, 0 zu unabhängigen; der Regler des MMoE-Artikels, um Shared Bottom, OMoE und MMoE zu vergleichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task columns</source>
        <translation>Aufgabenspalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of table columns, comma separated, that become the targets of a multi-task regression (one task each); they leave the inputs. Empty: the data set&apos;s own label.</source>
        <translation>Namen von Tabellenspalten, durch Kommas getrennt, die zu Zielen einer Multi-Task-Regression werden (je eine Aufgabe); sie verlassen die Eingaben. Leer: das eigene Label des Datensatzes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate hidden width</source>
        <translation>Verborgene Breite des Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the gate is linear (logits = x·Wg). Above 0 the gate is a small MLP with this many ReLU units, as recommender systems often use; it works with every routing strategy.</source>
        <translation>0: das Gate ist linear (Logits = x·Wg). Über 0 ist das Gate ein kleines MLP mit so vielen ReLU-Einheiten, wie es Empfehlungssysteme oft verwenden; es funktioniert mit jeder Routing-Strategie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tasks the multi-task model predicts, one per target column; 0 takes as many as the data has.</source>
        <translation>Wie viele Aufgaben das Multi-Task-Modell vorhersagt, eine pro Zielspalte; 0 nimmt so viele, wie die Daten haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: a gate per task over shared experts (MMoE), one gate for all tasks (OMoE), or no gate and one shared-bottom network (the baseline).</source>
        <translation>Multi-Task-Modell: ein Gate pro Aufgabe über geteilte Experten (MMoE), ein Gate für alle Aufgaben (OMoE) oder kein Gate und ein gemeinsames Shared-Bottom-Netz (die Vergleichsbasis).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tower width</source>
        <translation>Turmbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: hidden units of each task&apos;s own tower, the small network on top of the mixture of experts.</source>
        <translation>Multi-Task-Modell: verborgene Einheiten des eigenen Turms jeder Aufgabe, des kleinen Netzes über der Mischung der Experten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task weights</source>
        <translation>Aufgabengewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: how much each task&apos;s loss counts in the sum that is trained, comma separated, e.g. 1,0.5; empty weighs every task 1.</source>
        <translation>Multi-Task-Modell: wie stark der Verlust jeder Aufgabe in der trainierten Summe zählt, durch Kommas getrennt, z. B. 1,0.5; leer gewichtet jede Aufgabe mit 1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A gate per task (MMoE)</source>
        <translation>Ein Gate pro Aufgabe (MMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One gate for all tasks (OMoE)</source>
        <translation>Ein Gate für alle Aufgaben (OMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gate: shared bottom</source>
        <translation>Kein Gate: Shared Bottom</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Failed rank</source>
        <translation>Ausgefallener Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulates a failed device: every expert held by this rank is knocked out, and the gate sends their tokens to the experts of the other ranks (-1 = all ranks work).</source>
        <translation>Simuliert ein ausgefallenes Gerät: Jeder Experte dieses Ranks wird ausgeschaltet, und das Gate schickt seine Tokens an die Experten der anderen Ranks (-1 = alle Ranks arbeiten).</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../app/common/dataset_source.cpp" line="+52"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data.name: unknown dataset &apos;%1&apos; (one of: %2)</source>
        <translation>data.name: unbekannter Datensatz „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot load the dataset &apos;%1&apos;: %2</source>
        <translation>Datensatz „%1“ kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot load the text corpus &apos;%1&apos;: %2</source>
        <translation>Textkorpus „%1“ kann nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../datasets/catalog.cpp" line="+203"/>
        <source>Gaussian blobs</source>
        <translation>Gaußsche Punktwolken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spirals</source>
        <translation>Spiralen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentric circles</source>
        <translation>Konzentrische Kreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkerboard</source>
        <translation>Schachbrett</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piecewise function (1-D regression)</source>
        <translation>Stückweise Funktion (1-D-Regression)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMoE synthetic (two tasks, correlation ρ)</source>
        <translation>MMoE synthetisch (zwei Aufgaben, Korrelation ρ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Iris</source>
        <translation>Iris (Schwertlilien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wine</source>
        <translation>Wein (Wine)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breast Cancer Wisconsin (diagnostic)</source>
        <translation>Brustkrebs Wisconsin (Diagnose)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits 8×8</source>
        <translation>Ziffern 8×8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MNIST</source>
        <translation>MNIST (handgeschriebene Ziffern)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiny Shakespeare (text)</source>
        <translation>Tiny Shakespeare (Text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortunes in English, German and Chinese (text)</source>
        <translation>Fortunes auf Englisch, Deutsch und Chinesisch (Text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own UTF-8 text file</source>
        <translation>Eigene UTF-8-Textdatei</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <location filename="../app/gui/divergence_text.cpp" line="+19"/>
        <source>The loss became NaN at step %1.</source>
        <translation>Der Verlust wurde in Schritt %1 zu NaN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss became infinite at step %1.</source>
        <translation>Der Verlust wurde in Schritt %1 unendlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss exploded to %1 at step %2 (it started at %3).</source>
        <translation>Der Verlust ist in Schritt %2 auf %1 explodiert (er begann bei %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gradient became non-finite at step %1.</source>
        <translation>Ein Gradient wurde in Schritt %1 nicht endlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training was paused and the weights of step %1 were restored. Lower the learning rate (train.lr) and continue.</source>
        <translation>Das Training wurde angehalten und die Gewichte von Schritt %1 wiederhergestellt. Senke die Lernrate (train.lr) und setze fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training was paused. Lower the learning rate (train.lr) and start again.</source>
        <translation>Das Training wurde angehalten. Senke die Lernrate (train.lr) und beginne neu.</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <location filename="../app/common/experiment_file.cpp" line="+49"/>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1: ganze Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1: Zahl erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected true or false, got %2</source>
        <translation>%1: true oder false erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a text value, got %2</source>
        <translation>%1: Text erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown key &apos;%1&apos; ignored</source>
        <translation>unbekannter Schlüssel „%1“ ignoriert</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>expected key=value, got &apos;%1&apos;</source>
        <translation>Schlüssel=Wert erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;%1&apos; (see --help for the list of keys)</source>
        <translation>unbekannter Schlüssel „%1“ (Liste der Schlüssel: --help)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a valid experiment file (JSON error at byte %2: %3)</source>
        <translation>%1: keine gültige Experimentdatei (JSON-Fehler bei Byte %2: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a valid experiment file (expected a JSON object)</source>
        <translation>%1: keine gültige Experimentdatei (JSON-Objekt erwartet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a MoE Lab experiment file (format &apos;%2&apos;)</source>
        <translation>%1: keine MoE-Lab-Experimentdatei (Format „%2“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;version&apos; must be a positive whole number</source>
        <translation>%1: „version“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer MoE Lab (format version %2; this version reads up to %3). Please update MoE Lab.</source>
        <translation>%1 stammt von einem neueren MoE Lab (Formatversion %2; diese Version liest bis %3). Bitte MoE Lab aktualisieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;config&apos; must be an object</source>
        <translation>%1: „config“ muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: weights: unsupported encoding</source>
        <translation>%1: Gewichte: nicht unterstützte Kodierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: weights are damaged (bad base64 data or wrong length)</source>
        <translation>%1: Gewichte beschädigt (fehlerhaftes Base64 oder falsche Länge)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;history&apos; must be an array</source>
        <translation>%1: „history“ muss ein Array sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../app/lessons/lesson.cpp" line="+60"/>
        <source>lesson.%1: expected a list of configuration keys</source>
        <translation>lesson.%1: Liste von Konfigurationsschlüsseln erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lesson.%1: unknown configuration key &quot;%2&quot;</source>
        <translation>lesson.%1: unbekannter Konfigurationsschlüssel „%2“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.step: expected a whole number ≥ 0</source>
        <translation>%1.step: ganze Zahl ≥ 0 erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.action: expected one of %2</source>
        <translation>%1.action: eines von %2 erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.expert: expected an expert index, &quot;busiest&quot; or &quot;newest&quot;</source>
        <translation>%1.expert: Expertenindex, &quot;busiest&quot; oder &quot;newest&quot; erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.key: unknown configuration key &quot;%2&quot;</source>
        <translation>%1.key: unbekannter Konfigurationsschlüssel „%2“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.value: %2</source>
        <translation>%1.value: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>set %1 = %2</source>
        <translation>setze %1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>knock out expert %1 (the busiest)</source>
        <translation>Experte %1 ausschalten (der meistbelastete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knock out expert %1</source>
        <translation>Experte %1 ausschalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore expert %1</source>
        <translation>Experte %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add expert %1</source>
        <translation>Experte %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove expert %1</source>
        <translation>Experte %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze expert %1</source>
        <translation>Experte %1 einfrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze expert %1</source>
        <translation>Experte %1 auftauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze the experts</source>
        <translation>Experten einfrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze the experts</source>
        <translation>Experten auftauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze the gate</source>
        <translation>Gate einfrieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze the gate</source>
        <translation>Gate auftauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the optimiser</source>
        <translation>Optimierer zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: expected a list</source>
        <translation>%1: Liste erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lesson.id: expected a snake_case name (letters, digits, _)</source>
        <translation>lesson.id: snake_case-Name erwartet (Buchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lesson.title: missing</source>
        <translation>lesson.title: fehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lesson.check: expected an object</source>
        <translation>lesson.check: Objekt erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lesson.inspect.sample: expected a row number ≥ 0</source>
        <translation>lesson.inspect.sample: Zeilennummer ≥ 0 erwartet</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <location filename="../app/lessons/lesson_check.cpp" line="+35"/>
        <source>lesson.check.%1: unknown metric &quot;%2&quot; (known: %3)</source>
        <translation>lesson.check.%1: unbekannte Metrik „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lesson.check.variants: expected a non-empty list</source>
        <translation>lesson.check.variants: nicht leere Liste erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>calculator: %1 experts × %2 layers, top-%3: one expert %4 B, shared %5 B, total %6 B, active %7 B per token, %8 GFLOP per token</source>
        <translation>Rechner: %1 Experten × %2 Schichten, Top-%3: ein Experte %4 Mrd., geteilt %5 Mrd., gesamt %6 Mrd., aktiv %7 Mrd. pro Token, %8 GFLOP pro Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calculator total</source>
        <translation>Rechner gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculator active</source>
        <translation>Rechner aktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 B ≈ %3 B (± %4)</source>
        <translation>%1 %2 Mrd. ≈ %3 Mrd. (± %4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lesson %1 has no check</source>
        <translation>Lektion %1 hat keine Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lesson.check.kind: &quot;%1&quot; is not a check this program knows (compare)</source>
        <translation>lesson.check.kind: „%1“ ist keine Prüfung, die dieses Programm kennt (compare)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no MPI job: %1 was not found, so the rank figures come from a one-process run and the expert placement, and the checks of the MPI figures are skipped</source>
        <translation>kein MPI-Job: %1 wurde nicht gefunden, daher stammen die Rank-Zahlen aus einem Lauf in einem Prozess und der Verteilung der Experten, und die Prüfungen der MPI-Zahlen entfallen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running: %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>running under MPI (%n rank(s)): %1</source>
        <translation>
            <numerusform>läuft unter MPI (%n Rank): %1</numerusform>
            <numerusform>läuft unter MPI (%n Ranks): %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <location filename="../app/lessons/lm_lesson_run.cpp" line="+83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: skipped (%2)</source>
        <translation>%1: übersprungen (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 ≥ %3</source>
        <translation>%1: %2 ≥ %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 ≤ %3</source>
        <translation>%1: %2 ≤ %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 strictly falling: %2</source>
        <translation>%1 streng fallend: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 strictly rising: %2</source>
        <translation>%1 streng steigend: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 / %3: %4 ≥ %5</source>
        <translation>%1, %2 / %3: %4 ≥ %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lesson.check.greater: no such variant</source>
        <translation>lesson.check.greater: keine solche Variante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3 ≥ %4 %5 + %6</source>
        <translation>%1: %2 %3 ≥ %4 %5 + %6</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>lesson.check: nothing to check (no expect, order, ratio, greater or calculator)</source>
        <translation>lesson.check: nichts zu prüfen (kein expect, order, ratio, greater oder calculator)</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_run.cpp" line="+222"/>
        <source>no dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class×expert MI (bits)</source>
        <translation>Klasse×Experte-Transinformation (Bit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max/mean load</source>
        <translation>max./mittlere Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load CV</source>
        <translation>Last-VK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction</source>
        <translation>verworfener Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest expert load</source>
        <translation>kleinste Expertenlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts in use</source>
        <translation>genutzte Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens without an expert</source>
        <translation>Tokens ohne Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts per token</source>
        <translation>Experten pro Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters in total</source>
        <translation>Parameter insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters active per token</source>
        <translation>aktive Parameter pro Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLOPs per token</source>
        <translation>FLOPs pro Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>router gradient norm</source>
        <translation>Norm des Router-Gradienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>combine error</source>
        <translation>Kombinationsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy before the event</source>
        <translation>Genauigkeit vor dem Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy just after it</source>
        <translation>Genauigkeit direkt danach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy dip</source>
        <translation>Einbruch der Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy still missing at the end</source>
        <translation>am Ende noch fehlende Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load of the event&apos;s expert</source>
        <translation>Last des betroffenen Experten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>busiest rank&apos;s share of the rows (one process, by placement)</source>
        <translation>Anteil des meistbelasteten Ranks an den Zeilen (ein Prozess, nach Verteilung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busiest rank&apos;s rows per step (one process, by placement)</source>
        <translation>Zeilen des meistbelasteten Ranks pro Schritt (ein Prozess, nach Verteilung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI: rows of the straggler per step</source>
        <translation>MPI: Zeilen des Nachzüglers pro Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MPI: rows of the least busy rank per step</source>
        <translation>MPI: Zeilen des am wenigsten belasteten Ranks pro Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MPI: the straggler&apos;s expert time per step (ms)</source>
        <translation>MPI: Expertenzeit des Nachzüglers pro Schritt (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI: step time of the slowest rank (ms)</source>
        <translation>MPI: Schrittzeit des langsamsten Ranks (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss (nats per byte)</source>
        <translation>Validierungsverlust (Nats pro Byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits per byte</source>
        <translation>Bit pro Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language×expert MI (share of its maximum)</source>
        <translation>Transinformation Sprache×Experte (Anteil am Maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte class×expert MI (share of its maximum)</source>
        <translation>Transinformation Byteklasse×Experte (Anteil am Maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max/mean load of the worst block</source>
        <translation>Max/Mittel-Last des schlechtesten Blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction, first quarter of the context</source>
        <translation>verworfener Anteil, erstes Viertel des Kontexts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction, last quarter of the context</source>
        <translation>verworfener Anteil, letztes Viertel des Kontexts</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_check.cpp" line="-215"/>
        <source>lesson.check.seeds: expected a whole number from 1 to 100</source>
        <translation>lesson.check.seeds: eine ganze Zahl von 1 bis 100 erwartet</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>running: %1 (seed %2 of %3)</source>
        <translation>läuft: %1 (Seed %2 von %3)</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>lesson.check.gap.pairs: expected pairs [a, b] of variant numbers (from 0)</source>
        <translation>lesson.check.gap.pairs: Paare [a, b] von Variantennummern (ab 0) erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lesson.check.gap.pairs: expected at least two pairs</source>
        <translation>lesson.check.gap.pairs: mindestens zwei Paare erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gap in %1 strictly rising: %2</source>
        <translation>Abstand in %1 streng steigend: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gap in %1 strictly falling: %2</source>
        <translation>Abstand in %1 streng fallend: %2</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_run.cpp" line="-17"/>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location filename="../app/lessons/lm_lesson_run.cpp" line="-17"/>
        <source>no text corpus</source>
        <translation>kein Textkorpus</translation>
    </message>
    <message>
        <location filename="../app/lessons/mpi_lesson_run.cpp" line="+55"/>
        <source>mpirun or moelab-cli was not found</source>
        <translation>mpirun oder moelab-cli wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>mpirun did not start: %1</source>
        <translation>mpirun ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the MPI job did not finish within %1 s</source>
        <translation>der MPI-Job ist nicht innerhalb von %1 s fertig geworden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the MPI job failed (exit code %1): %2</source>
        <translation>der MPI-Job ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../app/lessons/lesson_library.cpp" line="+113"/>
        <source>%1: no lesson section (a lesson is a .moelab file with a &quot;lesson&quot; object)</source>
        <translation>%1: kein Lektionsteil (eine Lektion ist eine .moelab-Datei mit einem &quot;lesson&quot;-Objekt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lesson %1: the built-in file is missing from this build</source>
        <translation>Lektion %1: die eingebaute Datei fehlt in diesem Build</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no lesson named &quot;%1&quot; (moelab-cli lesson --list shows them)</source>
        <translation>keine Lektion namens „%1“ (moelab-cli lesson --list zeigt sie)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location line="-126"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Experts and the gate</source>
        <translation>Experten und das Gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+10"/>
        <source>Balance loss off vs on</source>
        <translation>Ausgleichsverlust: aus vs. an</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Collapse: a zero router without noise</source>
        <translation>Kollaps: Null-Router ohne Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+15"/>
        <source>Capacity and dropped tokens</source>
        <translation>Kapazität und verworfene Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+14"/>
        <source>Expert choice: balanced by construction</source>
        <translation>Expert Choice: ausgeglichen per Konstruktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+11"/>
        <source>Top-1 vs top-2: where the gate&apos;s signal comes from</source>
        <translation>Top-1 vs. Top-2: woher das Signal des Gates kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+14"/>
        <source>Sparse compute: total vs active parameters</source>
        <translation>Spärliches Rechnen: gesamte vs. aktive Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Fault tolerance: knock an expert out</source>
        <translation>Fehlertoleranz: einen Experten ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+11"/>
        <source>Flexibility: add an expert while training</source>
        <translation>Flexibilität: einen Experten im Training hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Staged vs joint training</source>
        <translation>Gestuftes vs. gemeinsames Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Inference step by step</source>
        <translation>Inferenz Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+12"/>
        <source>The routers side by side</source>
        <translation>Die Router im Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+51"/>
        <source>Language model: experts specialise by script</source>
        <translation>Sprachmodell: Experten spezialisieren sich nach Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: without a balance loss a block collapses</source>
        <translation>Sprachmodell: ohne Ausgleichsverlust kollabiert ein Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: where capacity drops fall in the context</source>
        <translation>Sprachmodell: wo im Kontext Kapazität Tokens verwirft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: dense or MoE at the same active compute</source>
        <translation>Sprachmodell: dicht oder MoE bei gleichem aktivem Rechenaufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+16"/>
        <source>Expert parallelism: the straggler, balance loss off vs on</source>
        <translation>Expertenparallelität: der Nachzügler, Ausgleichsverlust aus und an</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_texts.cpp" line="-256"/>
        <source>A mixture of experts is a few small networks (the experts) and a gate that decides, for each input, how much to trust each of them. Here the gate is dense: every expert sees every point and the gate mixes their answers with softmax weights.

The data are four clusters. Watch the region map: the gate carves the plane into areas, and the specialization matrix shows which expert handles which class. The mutual information between class and expert (in bits, at most 2 for four classes) measures how specialized the experts became.</source>
        <translation>Ein Mixture-of-Experts-Modell besteht aus einigen kleinen Netzen (den Experten) und einem Gate, das für jede Eingabe entscheidet, wie sehr es jedem von ihnen vertraut. Hier ist das Gate dicht: Jeder Experte sieht jeden Punkt, und das Gate mischt ihre Antworten mit Softmax-Gewichten.

Die Daten sind vier Cluster. Beobachten Sie die Regionenkarte: Das Gate teilt die Ebene in Gebiete auf, und die Spezialisierungsmatrix zeigt, welcher Experte welche Klasse übernimmt. Die Transinformation zwischen Klasse und Experte (in Bit, höchstens 2 bei vier Klassen) misst, wie spezialisiert die Experten geworden sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dense gate on four clusters</source>
        <translation>dichtes Gate auf vier Clustern</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+255"/>
        <source>without the balance loss</source>
        <translation>ohne Ausgleichsverlust</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>with the balance loss</source>
        <translation>mit Ausgleichsverlust</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>zero router, no noise</source>
        <translation>Null-Router ohne Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero router with noise</source>
        <translation>Null-Router mit Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>small random router</source>
        <translation>kleiner Zufallsrouter</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+190"/>
        <source>capacity factor 1.0</source>
        <translation>Kapazitätsfaktor 1.0</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>capacity factor 1.25</source>
        <translation>Kapazitätsfaktor 1.25</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>capacity factor 2.0</source>
        <translation>Kapazitätsfaktor 2.0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expert choice, capacity factor 1</source>
        <translation>Expert Choice, Kapazitätsfaktor 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With top-k routing the combine weights are the softmax of the chosen experts&apos; logits, renormalised to sum to 1. With k = 2 the two weights trade off against each other, and the task loss tells the router which of the two should get more.

With k = 1 the single weight is always exactly 1: a constant. The task loss has no gradient with respect to the router at all, so the gate can only learn from a balancing loss. This is why Switch top-1 does not renormalise: it multiplies the expert&apos;s output by its softmax probability, which does carry a signal. The check computes the router&apos;s gradient on one batch: exactly 0 for renormalised top-1.</source>
        <translation>Beim Top-k-Routing sind die Kombinationsgewichte der Softmax der Logits der gewählten Experten, renormiert auf Summe 1. Mit k = 2 wiegen sich die beiden Gewichte gegeneinander auf, und der Aufgabenverlust sagt dem Router, welcher der beiden mehr bekommen soll.

Mit k = 1 ist das einzige Gewicht immer genau 1: eine Konstante. Der Aufgabenverlust hat überhaupt keinen Gradienten bezüglich des Routers, daher kann das Gate nur aus einem Ausgleichsverlust lernen. Deshalb renormiert Switch Top-1 nicht: Es multipliziert die Ausgabe des Experten mit seiner Softmax-Wahrscheinlichkeit, die sehr wohl ein Signal trägt. Die Prüfung berechnet den Gradienten des Routers auf einem Batch: genau 0 beim renormierten Top-1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>top-1, renormalised</source>
        <translation>Top-1, renormiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-2, renormalised</source>
        <translation>Top-2, renormiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch top-1 (not renormalised)</source>
        <translation>Switch Top-1 (nicht renormiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sparse MoE has many parameters but uses only a few of them for each token: the router picks k of the E experts, and only those run. Memory grows with the total, compute with the active parameters.

Mixtral 8×7B has 8 experts per layer and uses 2: 46.7 B parameters in total, but only 12.9 B active per token, so it runs at the speed of a 13 B model. The calculator counts it weight by weight: each expert is 3 · 4096 · 14336 weights per layer over 32 layers (5.64 B), the attention, embeddings, router and norms that every token uses add 1.61 B; total = 1.61 + 8 · 5.64, active = 1.61 + 2 · 5.64. Change model.experts and routing.k and watch the total and active counts of this model.</source>
        <translation>Ein spärliches MoE hat viele Parameter, nutzt für jedes Token aber nur wenige davon: Der Router wählt k der E Experten aus, und nur diese rechnen. Der Speicher wächst mit der Gesamtzahl, die Rechenzeit mit den aktiven Parametern.

Mixtral 8×7B hat 8 Experten pro Schicht und nutzt 2: insgesamt 46,7 Mrd. Parameter, aber nur 12,9 Mrd. aktiv pro Token, daher läuft es so schnell wie ein 13-Mrd.-Modell. Der Rechner zählt Gewicht für Gewicht: Jeder Experte hat 3 · 4096 · 14336 Gewichte pro Schicht über 32 Schichten (5,64 Mrd.); Attention, Embeddings, Router und Normierungen, die jedes Token nutzt, kommen auf 1,61 Mrd.; gesamt = 1,61 + 8 · 5,64, aktiv = 1,61 + 2 · 5,64. Ändern Sie model.experts und routing.k und beobachten Sie die Gesamt- und die Aktivzahl dieses Modells.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dense, 8 experts</source>
        <translation>dicht, 8 Experten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-2 of 8 experts</source>
        <translation>Top-2 von 8 Experten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At step 300 the busiest expert fails: the router can no longer send tokens to it. The tokens it handled fall to their second-best expert, which never learned them, so the accuracy dips at once. Training goes on: the router learns where to send those tokens and the remaining experts take over the region. The knocked-out expert&apos;s load stays at 0.

Watch the accuracy curve and the load bars around step 300, and the region map before and after. You can knock out and restore experts yourself at any time.</source>
        <translation>Bei Schritt 300 fällt der meistbelastete Experte aus: Der Router kann ihm keine Tokens mehr schicken. Seine Tokens fallen an ihren zweitbesten Experten, der sie nie gelernt hat, daher bricht die Genauigkeit sofort ein. Das Training geht weiter: Der Router lernt, wohin er diese Tokens schickt, und die übrigen Experten übernehmen die Region. Die Last des ausgeschalteten Experten bleibt bei 0.

Beobachten Sie die Genauigkeitskurve und die Lastbalken um Schritt 300 sowie die Regionenkarte davor und danach. Sie können Experten jederzeit selbst aus- und wieder einschalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The busiest expert fails.</source>
        <translation>Der meistbelastete Experte fällt aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knock-out at step 300</source>
        <translation>Ausfall bei Schritt 300</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A third expert joins.</source>
        <translation>Ein dritter Experte kommt hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fourth expert joins.</source>
        <translation>Ein vierter Experte kommt hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two experts, then four</source>
        <translation>zwei Experten, dann vier</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A small MoE transformer (2 blocks, 8 experts each, top-2) learns to predict the next byte of fortune cookies in English, German and Chinese. Nobody tells the router which language a byte belongs to, and the three languages share one vocabulary of 256 bytes. Yet a Chinese character is three bytes, a lead byte 0xE4–0xE9 and two continuation bytes, while English and German are mostly ASCII letters: the routers soon send the bytes of each script to experts of their own.

Watch the token view in the middle with the Byte specialisation tab: the Chinese stretches turn into a few colours of their own, and the language × expert matrix fills its diagonal. The check measures the mutual information between language and top-1 expert as a share of its maximum, on 16 KB of validation text: after 600 steps it reached 0.35 in the best block (seed 1), against 0.01 for the untrained model. Byte classes (letters, spaces, UTF-8 lead and continuation bytes) explain even more of the routing (0.53). Switch blocks with the Block selector: the blocks do not specialise alike.</source>
        <translation>Ein kleiner MoE-Transformer (2 Blöcke mit je 8 Experten, Top-2) lernt, das nächste Byte von Glückskeks-Sprüchen auf Englisch, Deutsch und Chinesisch vorherzusagen. Niemand sagt dem Router, zu welcher Sprache ein Byte gehört, und die drei Sprachen teilen sich ein Vokabular von 256 Bytes. Doch ein chinesisches Zeichen besteht aus drei Bytes, einem Startbyte 0xE4–0xE9 und zwei Folgebytes, während Englisch und Deutsch meist ASCII-Buchstaben sind: Die Router schicken die Bytes jeder Schrift bald an eigene Experten.

Beobachten Sie die Token-Ansicht in der Mitte und den Reiter Byte-Spezialisierung: Die chinesischen Abschnitte bekommen wenige eigene Farben, und die Matrix Sprache × Experte füllt ihre Diagonale. Die Prüfung misst die Transinformation zwischen Sprache und Top-1-Experte als Anteil an ihrem Maximum, auf 16 KB Validierungstext: Nach 600 Schritten erreichte sie im besten Block 0.35 (Seed 1), gegenüber 0.01 für das untrainierte Modell. Byteklassen (Buchstaben, Leerzeichen, UTF-8-Start- und Folgebytes) erklären noch mehr vom Routing (0.53). Wechseln Sie die Blöcke mit der Blockauswahl: Die Blöcke spezialisieren sich nicht gleich.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trained for 600 steps</source>
        <translation>600 Schritte trainiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrained (1 step)</source>
        <translation>untrainiert (1 Schritt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every block of the language model has its own router, and each router is free to favour a few experts: an expert that gets more bytes learns faster, so the router sends it even more. The balance loss (balance.aux, Switch Transformer&apos;s E·Σ f·P, here 0.01 per block) pushes back.

The check trains the same model on Tiny Shakespeare twice for 600 steps, once without the balance loss and once with it, and compares the busiest expert&apos;s share with an even share in the worst block (max/mean load over the last quarter of the steps). Without the loss it reached 3.4 (seed 1; 3.8 with seed 2): one expert takes more than three times its share, others starve. With the loss it stays at 1.2. The validation loss barely differs after so few steps (2.36 against 2.39 nats per byte): balance is about using the capacity that the experts offer, and about speed on real hardware, where the busiest expert sets the pace. In the window, set the balance loss to 0 while it trains and watch a row of the Blocks × experts heatmap go dark in a few places; the health figures under it show max/mean and dead experts.</source>
        <translation>Jeder Block des Sprachmodells hat seinen eigenen Router, und jeder Router darf einige Experten bevorzugen: Ein Experte, der mehr Bytes bekommt, lernt schneller, also schickt ihm der Router noch mehr. Der Ausgleichsverlust (balance.aux, E·Σ f·P des Switch Transformers, hier 0.01 pro Block) hält dagegen.

Die Prüfung trainiert dasselbe Modell zweimal 600 Schritte auf Tiny Shakespeare, einmal ohne und einmal mit Ausgleichsverlust, und vergleicht im schlechtesten Block den Anteil des meistbelasteten Experten mit einem gleichen Anteil (Max/Mittel-Last über das letzte Viertel der Schritte). Ohne den Verlust erreichte sie 3.4 (Seed 1; 3.8 mit Seed 2): Ein Experte nimmt mehr als das Dreifache seines Anteils, andere verhungern. Mit dem Verlust bleibt sie bei 1.2. Der Validierungsverlust unterscheidet sich nach so wenigen Schritten kaum (2.36 gegenüber 2.39 Nats pro Byte): Beim Ausgleich geht es darum, die Kapazität der Experten zu nutzen, und um Geschwindigkeit auf echter Hardware, wo der meistbelastete Experte das Tempo bestimmt. Setzen Sie im Fenster den Ausgleichsverlust während des Trainings auf 0 und beobachten Sie, wie eine Zeile der Heatmap Blöcke × Experten an einigen Stellen dunkel wird; die Kennzahlen darunter zeigen Max/Mittel und tote Experten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no balance loss</source>
        <translation>ohne Ausgleichsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance loss 0.01</source>
        <translation>Ausgleichsverlust 0.01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a capacity factor, each expert of a block takes at most capacity_factor · (tokens · k / E) assignments per batch; the rest are dropped and the byte passes that block&apos;s MoE layer through the residual only. OpenMoE reported that drops pile up at the end of sequences, where the model has seen more context and its routing is more decided. The Drops by position view shows the dropped fraction against the position in the 64-byte context, per block.

The check trains with capacity factor 1.0 and 1.25 for 600 steps. At 1.0 about 5–6 % of the assignments are dropped (seed 1: 6.1 %), at 1.25 almost none (0.1 %). Where they fall is the honest part of this lesson: in this small model on Tiny Shakespeare they do not pile up late. Seed 1 dropped 6.7 % in the first quarter of the context and 5.8 % in the last; seed 2 3.9 % and 6.1 %. Early and late positions lose about the same share; the pile-up OpenMoE saw needs longer contexts and larger models than a 64-byte window. Try turning the balance loss off as well: the drops rise to 20–30 % everywhere.</source>
        <translation>Mit einem Kapazitätsfaktor nimmt jeder Experte eines Blocks pro Batch höchstens capacity_factor · (tokens · k / E) Zuweisungen an; der Rest wird verworfen, und das Byte passiert die MoE-Schicht dieses Blocks nur über die Residualverbindung. OpenMoE berichtete, dass sich Verwerfungen am Ende der Sequenzen häufen, wo das Modell mehr Kontext gesehen hat und sein Routing entschiedener ist. Die Ansicht Verwerfungen nach Position zeigt den verworfenen Anteil über der Position im 64-Byte-Kontext, pro Block.

Die Prüfung trainiert 600 Schritte mit Kapazitätsfaktor 1.0 und 1.25. Bei 1.0 werden etwa 5–6 % der Zuweisungen verworfen (Seed 1: 6.1 %), bei 1.25 fast keine (0.1 %). Wo sie liegen, ist der ehrliche Teil dieser Lektion: In diesem kleinen Modell auf Tiny Shakespeare häufen sie sich nicht am Ende. Seed 1 verwarf im ersten Viertel des Kontexts 6.7 % und im letzten 5.8 %; Seed 2 3.9 % und 6.1 %. Frühe und späte Positionen verlieren etwa gleich viel; die Häufung, die OpenMoE sah, braucht längere Kontexte und größere Modelle als ein 64-Byte-Fenster. Schalten Sie zusätzlich den Ausgleichsverlust ab: Die Verwerfungen steigen überall auf 20–30 %.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The question behind every MoE language model: for the same compute per token, do routed experts beat one dense feed-forward layer? Here both models have 2 blocks of width 64. The dense one has one MLP of hidden width 256 (4d) per block; the MoE one has 8 experts of width 128 per block and sends each byte to 2 of them, so each byte uses the same 2 · 128 = 256 hidden units. Active parameters per byte are nearly equal (120,704 dense against 121,728 MoE: the router adds 8 · 64 per block), while the MoE model holds about four times as many expert parameters in total.

After 1500 steps on Tiny Shakespeare the MoE model reached a validation loss of 2.09 nats per byte (seed 1) against 2.20 for the dense one. After only 600 steps the two were level (2.39 against 2.39): the experts need steps to share the work out before the extra capacity pays. The Loss view shows both nats and bits per byte, and the title states total and active parameters and FLOPs per byte.</source>
        <translation>Die Frage hinter jedem MoE-Sprachmodell: Schlagen geroutete Experten bei gleichem Rechenaufwand pro Token eine dichte Feed-Forward-Schicht? Hier haben beide Modelle 2 Blöcke der Breite 64. Das dichte hat pro Block ein MLP der verborgenen Breite 256 (4d); das MoE-Modell hat pro Block 8 Experten der Breite 128 und schickt jedes Byte an 2 davon, also nutzt jedes Byte dieselben 2 · 128 = 256 verborgenen Einheiten. Die aktiven Parameter pro Byte sind fast gleich (120,704 dicht gegenüber 121,728 MoE: Der Router fügt 8 · 64 pro Block hinzu), während das MoE-Modell insgesamt etwa viermal so viele Experten-Parameter hat.

Nach 1500 Schritten auf Tiny Shakespeare erreichte das MoE-Modell einen Validierungsverlust von 2.09 Nats pro Byte (Seed 1) gegenüber 2.20 für das dichte. Nach nur 600 Schritten lagen beide gleichauf (2.39 gegenüber 2.39): Die Experten brauchen Schritte, um die Arbeit aufzuteilen, bevor sich die zusätzliche Kapazität auszahlt. Die Verlust-Ansicht zeigt Nats und Bit pro Byte, und ihr Titel nennt die gesamten und aktiven Parameter sowie die FLOPs pro Byte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dense (1 MLP of width 4d)</source>
        <translation>dicht (1 MLP der Breite 4d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoE (top-2 of 8 experts of width 2d)</source>
        <translation>MoE (Top-2 aus 8 Experten der Breite 2d)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under expert parallelism every rank holds some of the experts (here two ranks, experts 0, 2, 4, 6 on rank 0 and 1, 3, 5, 7 on rank 1) and every step waits for the rank with the most expert work: the straggler. So an unbalanced router costs time, not only quality.

This lesson starts without the balance loss (balance.aux = 0). Switch routing then collapses: within a few hundred steps nearly every image goes to one expert, so one rank does all the expert work while the other waits in MPI. Run it in the Distributed dock (Run with MPI, 2 ranks) and watch the load bars and the compute/MPI split, then set balance.aux to 0.1 and run again: the two ranks share the rows.

The check trains both settings in one process and counts the rows each rank would get from the expert placement, and, when Open MPI and moelab-cli are installed, also runs them as real two-rank jobs (mpirun -np 2). Measured with seed 1 on a 2-core machine: without the balance loss rank 0 processed 256 of the 256 rows of every step (the one-process placement says the same: a share of 1.000), its experts took 1.5 ms per step, and rank 1 processed none; with it the busiest rank processed 139 rows, the other 117 (share 0.52), in 0.64 ms. The rest of the step (router, loss, backward, the all-to-all) is as large as the experts&apos; work in a model this small, so the step time moves less than the straggler&apos;s expert time: 1.9 against 1.2 ms per step on a quiet machine, 4.6 against 3.8 ms on a busy one, where it can even go the other way; the row counts do not.</source>
        <translation>Bei Expertenparallelität hält jeder Rank einen Teil der Experten (hier zwei Ranks, die Experten 0, 2, 4, 6 auf Rank 0 und 1, 3, 5, 7 auf Rank 1), und jeder Schritt wartet auf den Rank mit der meisten Expertenarbeit: den Nachzügler. Ein unausgeglichener Router kostet also Zeit, nicht nur Qualität.

Diese Lektion beginnt ohne Ausgleichsverlust (balance.aux = 0). Das Switch-Routing kollabiert dann: innerhalb weniger hundert Schritte geht fast jedes Bild an einen Experten, also erledigt ein Rank die ganze Expertenarbeit, während der andere in MPI wartet. Starte sie im Dock „Verteilt“ (Mit MPI ausführen, 2 Ranks) und beobachte die Lastbalken und die Aufteilung in Rechnen und MPI, setze dann balance.aux auf 0.1 und starte erneut: die beiden Ranks teilen sich die Zeilen.

Die Prüfung trainiert beide Einstellungen in einem Prozess und zählt die Zeilen, die jeder Rank nach der Verteilung der Experten bekäme, und führt sie, wenn Open MPI und moelab-cli installiert sind, auch als echte Jobs mit zwei Ranks aus (mpirun -np 2). Gemessen mit Seed 1 auf einer Maschine mit 2 Kernen: ohne Ausgleichsverlust verarbeitete Rank 0 alle 256 Zeilen jedes Schritts (die Verteilung im einen Prozess sagt dasselbe: ein Anteil von 1.000), seine Experten brauchten 1,5 ms pro Schritt, und Rank 1 verarbeitete keine; mit ihm verarbeitete der meistbelastete Rank 139 Zeilen, der andere 117 (Anteil 0,52), in 0,64 ms. Der Rest des Schritts (Router, Verlust, Rückwärtsdurchlauf, der All-to-all-Austausch) ist in einem so kleinen Modell so groß wie die Arbeit der Experten, daher ändert sich die Schrittzeit weniger als die Expertenzeit des Nachzüglers: 1,9 gegen 1,2 ms pro Schritt auf einer ruhigen Maschine, 4,6 gegen 3,8 ms auf einer ausgelasteten, wo es sogar umgekehrt ausgehen kann; die Zeilenzahlen nicht.</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Sixteen experts, eight clusters. Left alone, a learned router tends to favour the experts that happen to be good early: they get more tokens, learn faster and get even more tokens. Shazeer et al. (2017) measured the ratio of the busiest expert&apos;s load to the mean load: 17.8 without a balancing loss, 1.07 to 1.47 with one.

This lesson starts with the auxiliary loss off (balance.aux = 0). Watch the load bars pile up on a few experts, then turn balance.aux up to 0.3 (large for a small model; the Switch paper used 0.01): the Switch loss α·E·Σ f_i·P_i pushes the router&apos;s probability away from busy experts and the bars even out.</source>
        <translation>Sechzehn Experten, acht Cluster. Sich selbst überlassen, bevorzugt ein gelernter Router die Experten, die zufällig früh gut sind: Sie bekommen mehr Tokens, lernen schneller und bekommen noch mehr Tokens. Shazeer et al. (2017) maßen das Verhältnis der Last des meistbelasteten Experten zur mittleren Last: 17,8 ohne Ausgleichsverlust, 1,07 bis 1,47 mit einem.

Diese Lektion beginnt mit ausgeschaltetem Hilfsverlust (balance.aux = 0). Beobachten Sie, wie sich die Lastbalken bei wenigen Experten auftürmen, und stellen Sie dann balance.aux auf 0.3 (groß für ein kleines Modell; das Switch-Paper nutzte 0.01): Der Switch-Verlust α·E·Σ f_i·P_i drängt die Wahrscheinlichkeit des Routers von ausgelasteten Experten weg, und die Balken gleichen sich an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The router starts with all its weights at zero, so every expert gets the same logit for every wine sample, and the tie is broken the same way every time: all tokens go to expert 0. Nothing breaks the symmetry: the router here is top-1 with renormalised weights and no balancing loss, so it gets no gradient at all (lesson 6 shows why), and the other experts never see a token. The router has collapsed: max/mean load = E/k = 4.

Two cures. Noise: noisy top-k adds a random amount to each logit during training, as Shazeer et al. did with their zero-initialised gate, and the tokens spread over all experts. Or a small random initialisation of the router (model.router_init): each expert wins its own part of the input space from the start. Try each and watch the load bars.</source>
        <translation>Der Router beginnt mit lauter Nullgewichten, daher bekommt jeder Experte für jedes Wein-Sample dasselbe Logit, und der Gleichstand wird jedes Mal gleich aufgelöst: Alle Tokens gehen zu Experte 0. Nichts bricht die Symmetrie: Der Router ist hier Top-1 mit renormierten Gewichten und ohne Ausgleichsverlust, bekommt also überhaupt keinen Gradienten (Lektion 6 zeigt, warum), und die anderen Experten sehen nie ein Token. Der Router ist kollabiert: max./mittlere Last = E/k = 4.

Zwei Gegenmittel. Rauschen: Noisy Top-k addiert im Training zu jedem Logit einen Zufallsbetrag, wie Shazeer et al. bei ihrem mit null initialisierten Gate, und die Tokens verteilen sich auf alle Experten. Oder eine kleine zufällige Initialisierung des Routers (model.router_init): Jeder Experte gewinnt von Anfang an seinen eigenen Teil des Eingaberaums. Probieren Sie beides aus und beobachten Sie die Lastbalken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On real hardware each expert gets a fixed buffer: capacity C = capacity factor × tokens / experts (here 1.25 × 64 / 4 = 20 tokens per batch). A token routed to a full expert is dropped: it skips the expert layer (its output is zero, or the input itself with a residual).

The Switch Transformer&apos;s trade-off: a capacity factor of 1.0 is cheapest but drops the most tokens, 1.25 drops fewer, 2.0 hardly any but reserves twice the memory and compute. Even with a balance loss the batches are never perfectly even, so some expert always overflows a tight buffer. Change routing.capacity_factor while it trains and watch the dropped fraction and the capacity line on the load bars.</source>
        <translation>Auf echter Hardware bekommt jeder Experte einen festen Puffer: Kapazität C = Kapazitätsfaktor × Tokens / Experten (hier 1,25 × 64 / 4 = 20 Tokens pro Batch). Ein Token, das zu einem vollen Experten geroutet wird, wird verworfen: Es überspringt die Expertenschicht (seine Ausgabe ist null, mit Residualverbindung die Eingabe selbst).

Der Kompromiss des Switch Transformers: Ein Kapazitätsfaktor von 1.0 ist am billigsten, verwirft aber die meisten Tokens, 1.25 weniger, 2.0 kaum noch welche, reserviert aber doppelt so viel Speicher und Rechenzeit. Selbst mit Ausgleichsverlust sind die Batches nie ganz gleichmäßig, daher läuft bei einem knappen Puffer immer irgendein Experte über. Ändern Sie routing.capacity_factor während des Trainings und beobachten Sie den verworfenen Anteil und die Kapazitätslinie auf den Lastbalken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token choice lets every token pick its experts, so experts can be overloaded. Expert choice (Zhou et al. 2022) turns it around: every expert picks its favourite tokens from the batch, exactly capacity factor × k × tokens / experts of them (here 1 × 1 × 64 / 4 = 16). Every expert is therefore exactly full: the load CV is 0 with no balancing loss at all.

The price: some tokens are picked by several experts and some by none. Watch the number of tokens without an expert, and raise routing.capacity_factor or routing.k to make it shrink.</source>
        <translation>Bei Token Choice wählt jedes Token seine Experten, daher können Experten überlastet werden. Expert Choice (Zhou et al. 2022) dreht das um: Jeder Experte wählt seine Lieblings-Tokens aus dem Batch, genau Kapazitätsfaktor × k × Tokens / Experten viele (hier 1 × 1 × 64 / 4 = 16). Jeder Experte ist daher genau voll: Der Variationskoeffizient der Last ist 0, ganz ohne Ausgleichsverlust.

Der Preis: Manche Tokens werden von mehreren Experten gewählt, manche von keinem. Beobachten Sie die Zahl der Tokens ohne Experten und erhöhen Sie routing.capacity_factor oder routing.k, damit sie schrumpft.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The model starts with two experts. At step 200 a third one is added and at step 300 a fourth: each starts untrained, with a fresh router column, while the others keep what they learned. The balance loss pulls tokens towards the newcomers, they start to learn, and soon they carry their share of the load. (Now and then a newcomer even takes over the whole region of an old expert: the division of labour is renegotiated, not just extended.)

Watch the load history: a new band appears and widens. You can add or remove experts yourself with model.experts while training runs.</source>
        <translation>Das Modell beginnt mit zwei Experten. In Schritt 200 kommt ein dritter hinzu, in Schritt 300 ein vierter: Jeder startet untrainiert mit einer frischen Router-Spalte, während die anderen behalten, was sie gelernt haben. Der Balance-Verlust lenkt Tokens zu den Neuen, sie beginnen zu lernen und tragen bald ihren Anteil an der Last. (Manchmal übernimmt ein Neuer sogar die ganze Region eines alten Experten: Die Arbeitsteilung wird neu ausgehandelt, nicht nur erweitert.)

Beobachte den Lastverlauf: Ein neues Band erscheint und wird breiter. Während des Trainings kannst du mit model.experts selbst Experten hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Eight clusters, eight experts. Joint training learns experts and gate together from the start: whichever expert is slightly better for a region gets it, and the division of labour is whatever falls out. Staged training makes it explicit, in the spirit of the EM view of Jordan and Jacobs: first each expert trains on its own part of the data (here: its own class), then the gate learns, with the experts frozen, whom to ask, then everything is fine-tuned together.

Both reach a good accuracy. Compare the specialization matrices: after staged training each class goes to its own expert, so the mutual information between class and expert comes close to its maximum of 3 bits; after joint training it is typically well below.</source>
        <translation>Acht Cluster, acht Experten. Gemeinsames Training lernt Experten und Gate von Anfang an zusammen: Welcher Experte für eine Region etwas besser ist, bekommt sie, und die Arbeitsteilung ergibt sich von selbst. Gestuftes Training macht sie explizit, im Geist der EM-Sicht von Jordan und Jacobs: Zuerst trainiert jeder Experte auf seinem Teil der Daten (hier: seiner Klasse), dann lernt das Gate bei eingefrorenen Experten, wen es fragen soll, dann wird alles gemeinsam feinjustiert.

Beide erreichen eine gute Genauigkeit. Vergleichen Sie die Spezialisierungsmatrizen: Nach gestuftem Training geht jede Klasse zu ihrem eigenen Experten, daher kommt die Transinformation zwischen Klasse und Experte nahe an ihr Maximum von 3 Bit; nach gemeinsamem Training liegt sie meist deutlich darunter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>staged</source>
        <translation>gestuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joint</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How does a trained MoE answer for one input? Three steps. Route: the router multiplies the input by its weights and gets one logit per expert; a softmax turns them into probabilities. Select: the k experts with the largest logits are chosen and their probabilities renormalised to weights that sum to 1; the other experts do not run at all. Combine: each chosen expert computes its answer and the output is the weighted sum y = Σ w_e · f_e(x).

Open the inference inspector and click points in the plane: follow the logits, the choice and the sum. The check rebuilds the sum by hand from the inspector&apos;s numbers for many samples and compares it with the model&apos;s output.</source>
        <translation>Wie antwortet ein trainiertes MoE auf eine Eingabe? In drei Schritten. Routen: Der Router multipliziert die Eingabe mit seinen Gewichten und erhält ein Logit pro Experte; ein Softmax macht daraus Wahrscheinlichkeiten. Auswählen: Die k Experten mit den größten Logits werden gewählt und ihre Wahrscheinlichkeiten zu Gewichten mit Summe 1 renormiert; die anderen Experten rechnen gar nicht. Kombinieren: Jeder gewählte Experte berechnet seine Antwort, und die Ausgabe ist die gewichtete Summe y = Σ w_e · f_e(x).

Öffnen Sie den Inferenz-Inspektor und klicken Sie Punkte in der Ebene an: Verfolgen Sie die Logits, die Auswahl und die Summe. Die Prüfung rechnet die Summe für viele Samples aus den Zahlen des Inspektors von Hand nach und vergleicht sie mit der Ausgabe des Modells.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>top-2 of 4</source>
        <translation>Top-2 von 4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same data and the same experts, with every router this program knows: dense softmax gating, top-k, noisy top-k, Switch top-1, GShard top-2, expert choice, and where available sparsemax and entmax (sparse softmax: the gate itself puts exact zeros on weak experts, so the number of experts per token varies), Soft MoE, hash routing, BASE layers and Sinkhorn.

Switch routing.strategy and compare the test accuracy, the load balance and the region maps. On easy data they all learn; they differ in how they spread the work and what it costs.</source>
        <translation>Dieselben Daten und dieselben Experten, mit jedem Router, den dieses Programm kennt: dichtes Softmax-Gating, Top-k, Noisy Top-k, Switch Top-1, GShard Top-2, Expert Choice und, wo verfügbar, sparsemax und entmax (spärlicher Softmax: Das Gate selbst setzt schwache Experten exakt auf null, daher schwankt die Zahl der Experten pro Token), Soft MoE, Hash-Routing, BASE-Schichten und Sinkhorn.

Wechseln Sie routing.strategy und vergleichen Sie Testgenauigkeit, Lastausgleich und Regionenkarten. Auf einfachen Daten lernen alle; sie unterscheiden sich darin, wie sie die Arbeit verteilen und was das kostet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dense</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noisy top-k</source>
        <translation>Noisy Top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GShard</source>
        <translation>GShard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expert choice</source>
        <translation>Expert Choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sparsemax</source>
        <translation>sparsemax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entmax</source>
        <translation>entmax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft MoE</source>
        <translation>Soft MoE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sinkhorn</source>
        <translation>Sinkhorn</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_library.cpp" line="-5"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+2"/>
        <source>Multi-gate MoE: one gate per task</source>
        <translation>Multi-Gate-MoE: ein Gate pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_texts.cpp" line="+1"/>
        <source>Two regression tasks share one model, as click and like predictions share a recommender. The data is the synthetic pair of Ma et al. (KDD 2018): each label is a linear part w_k·x plus ten sine terms of it, and the knob data.task_correlation ρ sets the cosine between w_1 and w_2. At ρ = 1 the two tasks are the same task; at ρ = 0 they are unrelated.

Three models with the same experts&apos; budget: a shared bottom (one network of 8 × 4 units for both tasks, model.gates = none), OMoE (8 experts of 4 units, one gate for both tasks, shared) and MMoE (the same experts, one gate per task, per_task). Each task has its own small tower on top.

The check trains all nine combinations with five seeds (data and training) and averages the test loss (the sum of the two tasks&apos; mean squared errors). It got: ρ = 1: shared bottom 0.178, OMoE 0.130, MMoE 0.125; ρ = 0.5: 0.125, 0.184, 0.124; ρ = 0: 0.137, 0.158, 0.112. With identical tasks one gate is as good as two; as the tasks drift apart the single gate must send both tasks to the same mixture of experts and falls behind, while a gate per task lets each task pick its own experts (look at the gate-weight matrix). MMoE&apos;s advantage over OMoE grows from 0.005 at ρ = 1 to 0.046 at ρ = 0, which is what the check asks for.

The paper also reports the shared bottom degrading as ρ falls. In this small set-up it does not, reliably: over five seeds its loss is noisy (0.178, 0.125, 0.137), and MMoE&apos;s lead over it does not grow with falling ρ. Run moelab-cli sweep --vary data.task_correlation=1,0.5,0 --vary model.gates=none,shared,per_task with more seeds to see the spread for yourself.</source>
        <translation>Zwei Regressionsaufgaben teilen sich ein Modell, so wie sich Klick- und Like-Vorhersagen ein Empfehlungssystem teilen. Die Daten sind das synthetische Paar von Ma et al. (KDD 2018): jedes Label ist ein linearer Teil w_k·x plus zehn Sinusterme davon, und der Regler data.task_correlation ρ setzt den Kosinus zwischen w_1 und w_2. Bei ρ = 1 sind beide Aufgaben dieselbe; bei ρ = 0 sind sie unabhängig.

Drei Modelle mit demselben Budget an Experten: ein Shared Bottom (ein Netz aus 8 × 4 Einheiten für beide Aufgaben, model.gates = none), OMoE (8 Experten zu 4 Einheiten, ein Gate für beide Aufgaben, shared) und MMoE (dieselben Experten, ein Gate pro Aufgabe, per_task). Jede Aufgabe hat darüber ihren eigenen kleinen Turm.

Die Prüfung trainiert alle neun Kombinationen mit fünf Seeds (Daten und Training) und mittelt den Testverlust (die Summe der mittleren quadratischen Fehler beider Aufgaben). Sie erhielt: ρ = 1: Shared Bottom 0.178, OMoE 0.130, MMoE 0.125; ρ = 0.5: 0.125, 0.184, 0.124; ρ = 0: 0.137, 0.158, 0.112. Bei gleichen Aufgaben ist ein Gate so gut wie zwei; je weiter die Aufgaben auseinanderliegen, desto mehr muss das einzelne Gate beide Aufgaben zur selben Mischung von Experten schicken und fällt zurück, während ein Gate pro Aufgabe jeder Aufgabe ihre eigenen Experten wählen lässt (siehe die Matrix der Gate-Gewichte). Der Vorsprung von MMoE vor OMoE wächst von 0.005 bei ρ = 1 auf 0.046 bei ρ = 0; das verlangt die Prüfung.

Der Artikel berichtet auch, dass der Shared Bottom mit fallendem ρ schlechter wird. In diesem kleinen Aufbau geschieht das nicht verlässlich: über fünf Seeds schwankt sein Verlust (0.178, 0.125, 0.137), und der Vorsprung von MMoE vor ihm wächst nicht mit fallendem ρ. Starten Sie moelab-cli sweep --vary data.task_correlation=1,0.5,0 --vary model.gates=none,shared,per_task mit mehr Seeds, um die Streuung selbst zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ρ = 1, shared bottom</source>
        <translation>ρ = 1, Shared Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 1, one gate (OMoE)</source>
        <translation>ρ = 1, ein Gate (OMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 1, a gate per task (MMoE)</source>
        <translation>ρ = 1, ein Gate pro Aufgabe (MMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, shared bottom</source>
        <translation>ρ = 0.5, Shared Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, one gate (OMoE)</source>
        <translation>ρ = 0.5, ein Gate (OMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, a gate per task (MMoE)</source>
        <translation>ρ = 0.5, ein Gate pro Aufgabe (MMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, shared bottom</source>
        <translation>ρ = 0, Shared Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, one gate (OMoE)</source>
        <translation>ρ = 0, ein Gate (OMoE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, a gate per task (MMoE)</source>
        <translation>ρ = 0, ein Gate pro Aufgabe (MMoE)</translation>
    </message>
</context>
<context>
    <name>LmRun</name>
    <message>
        <location filename="../app/runs/lm_run.cpp" line="+44"/>
        <source>no text corpus</source>
        <translation>kein Textkorpus</translation>
    </message>
</context>
<context>
    <name>LmRunFolder</name>
    <message>
        <location filename="../app/runs/lm_run_folder.cpp" line="+49"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>Plots kann nur ein Programm mit QApplication zeichnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss of the language model (nats per byte)</source>
        <translation>Verlust des Sprachmodells (Nats pro Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy (nats per byte)</source>
        <translation>Kreuzentropie (Nats pro Byte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot draw the plot &apos;%1&apos;: %2</source>
        <translation>Plot „%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>LoadErrors</name>
    <message>
        <location filename="../datasets/byte_reader.cpp" line="+34"/>
        <location filename="../datasets/csv_loader.cpp" line="+105"/>
        <location filename="../datasets/idx_dataset.cpp" line="+49"/>
        <source>cannot open the file</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected end of compressed data</source>
        <translation>unerwartetes Ende der komprimierten Daten</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../datasets/csv_parser.cpp" line="+393"/>
        <location filename="../datasets/idx_reader.cpp" line="+96"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+294"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../datasets/catalog.cpp" line="-207"/>
        <location line="+20"/>
        <source>data.noise must be between 0 and 10</source>
        <translation>data.noise muss zwischen 0 und 10 liegen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>data.classes must be between 2 and 32</source>
        <translation>data.classes muss zwischen 2 und 32 liegen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>data.task_correlation must be between -1 and 1</source>
        <translation>data.task_correlation muss zwischen -1 und 1 liegen</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+34"/>
        <source>no file given (set data.path)</source>
        <translation>keine Datei angegeben (data.path setzen)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>data.samples must not be negative</source>
        <translation>data.samples darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+25"/>
        <source>out of memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location filename="../datasets/csv_parser.cpp" line="-250"/>
        <source>unclosed quote (quoted fields cannot span lines)</source>
        <translation>nicht geschlossenes Anführungszeichen (Felder in Anführungszeichen dürfen nicht über mehrere Zeilen gehen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text after the closing quote</source>
        <translation>Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+140"/>
        <location filename="../datasets/idx_reader.cpp" line="-56"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+26"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NUL byte (is this a binary file?)</source>
        <translation>NUL-Byte (ist das eine Binärdatei?)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a table needs at least two columns (features and a label); no &apos;,&apos; &apos;;&apos; or tab found</source>
        <translation>eine Tabelle braucht mindestens zwei Spalten (Merkmale und ein Label); kein &apos;,&apos;, &apos;;&apos; oder Tabulator gefunden</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>too many rows</source>
        <translation>zu viele Zeilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data rows after the header</source>
        <translation>keine Datenzeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <location filename="../datasets/idx_dataset.cpp" line="+6"/>
        <source>an image file needs 2 or 3 dimensions (count, rows, columns)</source>
        <translation>eine Bilddatei braucht 2 oder 3 Dimensionen (Anzahl, Zeilen, Spalten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the label file</source>
        <translation>die Label-Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a label file needs 1 dimension</source>
        <translation>eine Label-Datei braucht 1 Dimension</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no path given (set data.path to a directory or an IDX images file)</source>
        <translation>kein Pfad angegeben (data.path auf einen Ordner oder eine IDX-Bilddatei setzen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz] here</source>
        <translation>hier gibt es kein train-images-idx3-ubyte[.gz] und train-labels-idx1-ubyte[.gz]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot guess the labels file: the name has no &quot;images&quot; to replace</source>
        <translation>die Label-Datei lässt sich nicht erraten: im Namen steht kein „images“, das sich ersetzen ließe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file or directory</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its images are not the same size as the training images</source>
        <translation>seine Bilder sind nicht so groß wie die Trainingsbilder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../datasets/idx_reader.cpp" line="+2"/>
        <location line="+13"/>
        <source>the file ends inside the IDX header</source>
        <translation>die Datei endet mitten im IDX-Kopf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the IDX header says the file holds no items</source>
        <translation>laut IDX-Kopf enthält die Datei keine Einträge</translation>
    </message>
    <message>
        <location filename="../datasets/shipped_data.cpp" line="+73"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="-111"/>
        <source>cannot read the file</source>
        <translation>die Datei lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../datasets/text_corpus_loader.cpp" line="+89"/>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a text file</source>
        <translation>ist ein Ordner, keine Textdatei</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <location filename="../app/runs/run_folder.cpp" line="+181"/>
        <location line="+2"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RunPlots</name>
    <message>
        <location filename="../app/runs/multitask_plots.cpp" line="+49"/>
        <location filename="../app/runs/run_plots.cpp" line="+50"/>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="+52"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>Plots kann nur ein Programm mit QApplication zeichnen</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../app/runs/run_plots.cpp" line="+13"/>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="+29"/>
        <source>cannot draw the plot &apos;%1&apos;: %2</source>
        <translation>Plot „%1“ kann nicht gezeichnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="-15"/>
        <location line="+10"/>
        <source>final test loss</source>
        <translation>Testverlust am Ende</translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <location filename="../app/runs/staged_folder.cpp" line="+32"/>
        <source>cannot write the run folder &apos;%1&apos;: a file of that name exists</source>
        <translation>Laufordner „%1“ kann nicht geschrieben werden: eine Datei dieses Namens existiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; already holds files that are not a MoE Lab run; choose another folder</source>
        <translation>„%1“ enthält bereits Dateien, die kein MoE-Lab-Lauf sind; bitte einen anderen Ordner wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to the folder &apos;%1&apos;: %2</source>
        <translation>in den Ordner „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to commit</source>
        <translation>nichts festzuschreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the folder &apos;%1&apos;</source>
        <translation>Ordner „%1“ kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move the finished run to &apos;%1&apos;</source>
        <translation>der fertige Lauf kann nicht nach „%1“ verschoben werden</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <location filename="../core/routing/base_assignment.cpp" line="+23"/>
        <source>BASE balanced assignment</source>
        <translation>BASE (ausgeglichene Zuweisung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While training, tokens are assigned so that every expert gets the same number and the total affinity is as large as possible; at inference each token takes its best expert.</source>
        <translation>Im Training werden die Tokens so zugewiesen, dass jeder Experte gleich viele bekommt und die gesamte Affinität maximal ist; bei der Inferenz nimmt jedes Token seinen besten Experten.</translation>
    </message>
    <message>
        <location filename="../core/routing/dense.cpp" line="+12"/>
        <source>Dense (soft) gating</source>
        <translation>Dichtes (weiches) Gating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every expert processes every input; the gate&apos;s probabilities weight their outputs.</source>
        <translation>Jeder Experte verarbeitet jede Eingabe; die Wahrscheinlichkeiten des Gates gewichten ihre Ausgaben.</translation>
    </message>
    <message>
        <location filename="../core/routing/entmax.cpp" line="+64"/>
        <source>1.5-entmax (smooth sparse softmax)</source>
        <translation>1.5-entmax (glatter spärlicher Softmax)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between softmax and sparsemax: smooth weights, yet weak experts still get exactly zero.</source>
        <translation>Zwischen Softmax und Sparsemax: glatte Gewichte, doch schwache Experten bekommen weiterhin genau null.</translation>
    </message>
    <message>
        <location filename="../core/routing/expert_choice.cpp" line="+15"/>
        <source>Expert choice</source>
        <translation>Expert Choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert picks the tokens it is most confident about, so every expert is exactly full.</source>
        <translation>Jeder Experte wählt die Tokens, bei denen er am sichersten ist, daher ist jeder Experte genau voll.</translation>
    </message>
    <message>
        <location filename="../core/routing/gshard_top2.cpp" line="+10"/>
        <source>GShard top-2 (random 2nd expert)</source>
        <translation>GShard Top-2 (zufälliger 2. Experte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-2 routing where the second expert is used only with a probability that grows with its weight.</source>
        <translation>Top-2-Routing, bei dem der zweite Experte nur mit einer Wahrscheinlichkeit genutzt wird, die mit seinem Gewicht wächst.</translation>
    </message>
    <message>
        <location filename="../core/routing/hash.cpp" line="+24"/>
        <source>Hash routing (fixed, not learned)</source>
        <translation>Hash-Routing (fest, nicht gelernt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each input goes to an expert picked by a fixed hash of the input itself; nothing about the routing is learned.</source>
        <translation>Jede Eingabe geht an einen Experten, den ein fester Hash der Eingabe selbst bestimmt; am Routing wird nichts gelernt.</translation>
    </message>
    <message>
        <location filename="../core/routing/noisy_top_k.cpp" line="+69"/>
        <source>Noisy top-k</source>
        <translation>Noisy Top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned Gaussian noise is added to the gate before picking the top k, which spreads tokens over experts.</source>
        <translation>Vor der Top-k-Auswahl wird dem Gate gelerntes Gaußsches Rauschen hinzugefügt, das die Tokens auf die Experten verteilt.</translation>
    </message>
    <message>
        <location filename="../core/routing/sinkhorn.cpp" line="+24"/>
        <source>Sinkhorn balanced (S-BASE)</source>
        <translation>Sinkhorn-ausgeglichen (S-BASE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The router&apos;s scores are rescaled until every expert gets the same share, then each token takes its top-k of the balanced plan.</source>
        <translation>Die Scores des Routers werden umskaliert, bis jeder Experte denselben Anteil bekommt; dann nimmt jedes Token seine Top-k des ausgeglichenen Plans.</translation>
    </message>
    <message>
        <location filename="../core/routing/soft_moe.cpp" line="+14"/>
        <source>Soft MoE (slots)</source>
        <translation>Soft MoE (Slots)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each expert works on a blend of all tokens (a slot), and each token blends all slot outputs: nothing is discrete, nothing is dropped.</source>
        <translation>Jeder Experte arbeitet auf einer Mischung aller Tokens (einem Slot), und jedes Token mischt alle Slot-Ausgaben: nichts ist diskret, nichts wird verworfen.</translation>
    </message>
    <message>
        <location filename="../core/routing/sparsemax.cpp" line="+58"/>
        <source>Sparsemax (sparse softmax)</source>
        <translation>Sparsemax (spärlicher Softmax)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A softmax that can give exactly zero: each token uses as many experts as its scores justify, from one to all.</source>
        <translation>Ein Softmax, der genau null liefern kann: Jedes Token nutzt so viele Experten, wie seine Scores rechtfertigen, von einem bis zu allen.</translation>
    </message>
    <message>
        <location filename="../core/routing/switch_top1.cpp" line="+10"/>
        <source>Switch top-1 with capacity</source>
        <translation>Switch Top-1 mit Kapazität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each token goes to its single best expert; an expert takes at most C tokens and drops the rest.</source>
        <translation>Jedes Token geht an seinen besten Experten; ein Experte nimmt höchstens C Tokens und verwirft den Rest.</translation>
    </message>
    <message>
        <location filename="../core/routing/top_k.cpp" line="+12"/>
        <source>Top-k token choice</source>
        <translation>Top-k Token Choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each token picks its k most probable experts; their outputs are mixed by the gate weights.</source>
        <translation>Jedes Token wählt seine k wahrscheinlichsten Experten; ihre Ausgaben werden mit den Gate-Gewichten gemischt.</translation>
    </message>
    <message>
        <location filename="../core/routing/assigned.h" line="+15"/>
        <source>Assigned subsets (staged training)</source>
        <translation>Zugewiesene Teilmengen (gestuftes Training)</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../app/runs/sweep.cpp" line="+68"/>
        <source>--vary: expected key=v1,v2,..., got &apos;%1&apos;</source>
        <translation>--vary: key=v1,v2,... erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--vary: unknown key &apos;%1&apos;</source>
        <translation>--vary: unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vary %1: no values given</source>
        <translation>--vary %1: keine Werte angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary: %1</source>
        <translation>--vary: %1</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <location filename="../app/runs/multitask_run.cpp" line="+31"/>
        <location filename="../app/runs/training_run.cpp" line="+28"/>
        <source>no dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/runs/training_run.cpp" line="+13"/>
        <source>cannot use the saved weights: %1</source>
        <translation>die gespeicherten Gewichte sind nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>TrainingStatusBar</name>
    <message>
        <location filename="../app/gui/training_status_bar.cpp" line="+17"/>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
</context>
<context>
    <name>ViewDocks</name>
    <message>
        <location filename="../widgets/view_catalog.cpp" line="+106"/>
        <source>Loss and accuracy</source>
        <translation>Verlust und Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Expert load</source>
        <translation>Expertenlast</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference inspector</source>
        <translation>Inferenz-Inspektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model diagram</source>
        <translation>Modelldiagramm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate heatmap</source>
        <translation>Gate-Heatmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialization</source>
        <translation>Spezialisierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loss (nats and bits per byte)</source>
        <translation>Verlust (Nats und Bit pro Byte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks × experts</source>
        <translation>Blöcke × Experten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byte specialisation</source>
        <translation>Byte-Spezialisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops by position</source>
        <translation>Verwerfungen nach Position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gate weights (expert × task)</source>
        <translation>Gate-Gewichte (Experte × Aufgabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss and R² (all tasks)</source>
        <translation>Verlust und R² (alle Aufgaben)</translation>
    </message>
    <message>
        <location filename="../app/gui/view_docks.cpp" line="+271"/>
        <source>This dataset has more than two input features, so there is no input plane to draw. The gate heatmap, the specialization matrix and the expert load show how it routes.</source>
        <translation>Dieser Datensatz hat mehr als zwei Eingabemerkmale, daher gibt es keine Eingabeebene zu zeichnen. Gate-Heatmap, Spezialisierungsmatrix und Expertenlast zeigen, wie das Routing verteilt.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Distributed</source>
        <translation>Verteilt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>MoE Lab: train a Mixture-of-Experts model live and watch its gate route.</source>
        <translation>MoE Lab: ein Mixture-of-Experts-Modell live trainieren und dem Routing seines Gates zusehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the experiment FILE (.moelab) instead of the default one.</source>
        <translation>Die Experimentdatei FILE (.moelab) statt der Standarddatei öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change one setting, e.g. --set routing.k=1 (repeatable).</source>
        <translation>Eine Einstellung ändern, z. B. --set routing.k=1 (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train for SECONDS, print view refreshes and steps per second, then quit.</source>
        <translation>SECONDS Sekunden trainieren, Ansichtsaktualisierungen und Schritte pro Sekunde ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in presenter mode (full screen, larger text).</source>
        <translation>Im Präsentationsmodus starten (Vollbild, größere Schrift).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the experiment without starting to train.</source>
        <translation>Das Experiment öffnen, ohne das Training zu starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the program in LANG (en, zh_CN, de).</source>
        <translation>Das Programm in der Sprache LANG anzeigen (en, zh_CN, de).</translation>
    </message>
</context>
<context>
    <name>moe::ConfigKey</name>
    <message>
        <location filename="../core/config.cpp" line="+163"/>
        <source>Dataset id (blobs, spirals, iris, fashion_mnist, csv, ...).</source>
        <translation>Datensatz-ID (blobs, spirals, iris, fashion_mnist, csv, …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples to generate (toy sets) or keep (real sets); 0 = default (800 toy, all real).</source>
        <translation>Zu erzeugende (Spielzeugdaten) oder zu behaltende (echte Daten) Samples; 0 = Standard (800 Spielzeug, alle echten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise added by toy generators.</source>
        <translation>Rauschen der Spielzeug-Generatoren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the data generator and of the train/test split.</source>
        <translation>Seed des Datengenerators und der Trainings-/Testaufteilung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for csv, mnist or IDX data.</source>
        <translation>Datei für CSV-, MNIST- oder IDX-Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV column holding the label (-1 = last).</source>
        <translation>CSV-Spalte mit dem Label (-1 = letzte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of samples held out for testing.</source>
        <translation>Anteil der Samples, der für den Test zurückgehalten wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardize features to mean 0, variance 1.</source>
        <translation>Merkmale auf Mittelwert 0 und Varianz 1 standardisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clusters (blobs) or arms (spirals) of toy data.</source>
        <translation>Cluster (blobs) oder Arme (spirals) der Spielzeugdaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: fixed validation windows the loss is measured on (0 = every non-overlapping window).</source>
        <translation>Textdaten: feste Validierungsfenster, auf denen der Verlust gemessen wird (0 = jedes nicht überlappende Fenster).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of routed experts E.</source>
        <translation>Anzahl E der gerouteten Experten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width h of each MLP expert.</source>
        <translation>Versteckte Breite h jedes MLP-Experten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert network: linear map or MLP.</source>
        <translation>Expertennetz: lineare Abbildung oder MLP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation of the MLP experts.</source>
        <translation>Aktivierung der MLP-Experten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropout on the experts&apos; hidden layer while training.</source>
        <translation>Dropout auf der versteckten Schicht der Experten beim Training.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on shared experts; they count in model.experts and routing.k (the router picks k·m − shared of the rest).</source>
        <translation>Immer aktive geteilte Experten; sie zählen in model.experts und routing.k mit (der Router wählt k·m − geteilte aus den übrigen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split each expert into m narrower ones (k scales by m).</source>
        <translation>Jeden Experten in m schmalere teilen (k wird mit m multipliziert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the input to the output (y = x + MoE(x)), so dropped tokens pass through unchanged; needs as many outputs as inputs.</source>
        <translation>Die Eingabe zur Ausgabe addieren (y = x + MoE(x)), sodass verworfene Tokens unverändert durchgehen; braucht so viele Ausgaben wie Eingaben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the router a learnable bias per expert.</source>
        <translation>Dem Router einen lernbaren Bias pro Experte geben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Std of the router&apos;s random initial weights (0 = zero init).</source>
        <translation>Standardabweichung der zufälligen Startgewichte des Routers (0 = Null-Init).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text data: transformer blocks, each with its own MoE layer.</source>
        <translation>Textdaten: Transformer-Blöcke, jeder mit seiner eigenen MoE-Schicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: model width d (embedding size of a byte).</source>
        <translation>Textdaten: Modellbreite d (Einbettungsgröße eines Bytes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: attention heads per block (the width must be a multiple).</source>
        <translation>Textdaten: Attention-Köpfe pro Block (die Breite muss ein Vielfaches sein).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: context length T, the bytes one sequence sees.</source>
        <translation>Textdaten: Kontextlänge T, die Bytes, die eine Sequenz sieht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing strategy id (dense, topk, noisy_topk, switch, gshard, expert_choice, ...).</source>
        <translation>ID der Routing-Strategie (dense, topk, noisy_topk, switch, gshard, expert_choice, …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experts per token.</source>
        <translation>Experten pro Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert capacity factor (0 = no capacity limit).</source>
        <translation>Kapazitätsfaktor der Experten (0 = keine Kapazitätsgrenze).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity factor when evaluating (0 = same as training).</source>
        <translation>Kapazitätsfaktor bei der Auswertung (0 = wie im Training).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How capacity is rounded.</source>
        <translation>Wie die Kapazität gerundet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tokens keep a slot when an expert overflows.</source>
        <translation>Welche Tokens ihren Platz behalten, wenn ein Experte überläuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renormalise the top-k weights to sum to one.</source>
        <translation>Top-k-Gewichte auf Summe eins renormieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise the kept weights after capacity drops.</source>
        <translation>Behaltene Gewichte nach Kapazitätsverwerfungen renormieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplicative input noise for the router while training.</source>
        <translation>Multiplikatives Eingaberauschen für den Router beim Training.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GShard: keep the 2nd expert with probability min(1, g2/threshold).</source>
        <translation>GShard: den 2. Experten mit Wahrscheinlichkeit min(1, g2/threshold) behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides the logits before sparsemax/entmax.</source>
        <translation>Teilt die Logits vor sparsemax/entmax.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coefficient of the Switch load-balancing loss E·Σ f·P.</source>
        <translation>Koeffizient des Switch-Lastausgleichsverlusts E·Σ f·P.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How f counts top-k choices.</source>
        <translation>Wie f die Top-k-Wahlen zählt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coefficient of the router z-loss.</source>
        <translation>Koeffizient des Router-z-Loss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coefficient of the importance CV² loss.</source>
        <translation>Koeffizient des Importance-CV²-Verlusts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coefficient of the smooth load CV² loss (noisy top-k).</source>
        <translation>Koeffizient des glatten Last-CV²-Verlusts (Noisy Top-k).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss-free balancing: bias step γ per training step.</source>
        <translation>Verlustfreier Ausgleich: Bias-Schritt γ pro Trainingsschritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser.</source>
        <translation>Optimierer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate.</source>
        <translation>Lernrate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>SGD-Momentum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (L2; decoupled for AdamW).</source>
        <translation>Weight Decay (L2; entkoppelt bei AdamW).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per training step.</source>
        <translation>Samples pro Trainingsschritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps.</source>
        <translation>Trainingsschritte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed of initialisation, batching and noise.</source>
        <translation>Seed für Initialisierung, Batches und Rauschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task loss.</source>
        <translation>Aufgabenverlust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint training, or staged: experts, then gate, then joint.</source>
        <translation>Gemeinsames Training oder gestuft: erst Experten, dann Gate, dann gemeinsam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staged training: how samples are assigned to experts.</source>
        <translation>Gestuftes Training: wie Samples den Experten zugeteilt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staged training: steps of the experts stage and of the gate stage.</source>
        <translation>Gestuftes Training: Schritte der Experten- und der Gate-Phase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads for the engine (0 = default).</source>
        <translation>Threads für die Engine (0 = Standard).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate on the test set every this many steps.</source>
        <translation>Alle so viele Schritte auf der Testmenge auswerten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip the gradient norm (0 = off).</source>
        <translation>Gradientennorm begrenzen (0 = aus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning-rate schedule: constant, or linear warm-up then cosine decay to train.lr_min.</source>
        <translation>Lernraten-Verlauf: konstant, oder lineares Warm-up, dann Kosinus-Abklingen bis train.lr_min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosine schedule: steps of linear warm-up.</source>
        <translation>Kosinus-Verlauf: Schritte des linearen Warm-ups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosine schedule: the learning rate at the last step.</source>
        <translation>Kosinus-Verlauf: die Lernrate im letzten Schritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam: decay of the squared-gradient average (beta2).</source>
        <translation>Adam: Abklingrate des Mittels der quadrierten Gradienten (beta2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expert parallelism: MPI processes P that share the batch and the experts (start with mpirun -np P).</source>
        <translation>Expertenparallelität: MPI-Prozesse P, die sich den Batch und die Experten teilen (Start mit mpirun -np P).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert parallelism: round_robin puts expert e on rank e mod P, block gives each rank a run of neighbouring experts.</source>
        <translation>Expertenparallelität: round_robin legt Experte e auf Rank e mod P, block gibt jedem Rank eine Folge benachbarter Experten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert parallelism: balance losses from statistics summed over all ranks (global, as one process) or from each rank&apos;s own tokens (local).</source>
        <translation>Expertenparallelität: Ausgleichsverluste aus über alle Ranks summierten Statistiken (global, wie ein Prozess) oder aus den eigenen Tokens jedes Ranks (local).</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>mmoe_synthetic: correlation ρ of the two tasks&apos; linear parts (1 = the same task, 0 = unrelated).</source>
        <translation>mmoe_synthetic: Korrelation ρ der linearen Teile der beiden Aufgaben (1 = dieselbe Aufgabe, 0 = unabhängig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns (by name, comma separated) that become the targets of a multi-task regression, one task each (e.g. alcohol,hue on wine); empty = the data set&apos;s own label.</source>
        <translation>Spalten (nach Namen, durch Kommas getrennt), die zu Zielen einer Multi-Task-Regression werden, je eine Aufgabe (z. B. alcohol,hue bei wine); leer = das eigene Label des Datensatzes.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hidden width H of the gate: 0 = linear gate d → E, H &gt; 0 = MLP gate d → H → E with ReLU, for every routing strategy (vector data and multi-task models).</source>
        <translation>Verborgene Breite H des Gates: 0 = lineares Gate d → E, H &gt; 0 = MLP-Gate d → H → E mit ReLU, für jede Routing-Strategie (Vektordaten und Multi-Task-Modelle).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks of a multi-task model, one per target column (0 = as many as the data has; mmoe_synthetic has 2, data.label_columns gives one per column).</source>
        <translation>Aufgaben eines Multi-Task-Modells, eine pro Zielspalte (0 = so viele, wie die Daten haben; mmoe_synthetic hat 2, data.label_columns gibt eine pro Spalte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Multi-task model: per_task = one gate per task over shared experts (MMoE), shared = one gate for every task (OMoE), none = a shared-bottom network of width experts × hidden, no gate.</source>
        <translation>Multi-Task-Modell: per_task = ein Gate pro Aufgabe über geteilte Experten (MMoE), shared = ein Gate für alle Aufgaben (OMoE), none = ein Shared-Bottom-Netz der Breite experts × hidden, kein Gate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-task model: hidden width of each task&apos;s tower (MLP hidden → tower_hidden → 1).</source>
        <translation>Multi-Task-Modell: verborgene Breite des Turms jeder Aufgabe (MLP hidden → tower_hidden → 1).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Multi-task model: weight of each task&apos;s loss in the sum, comma separated (empty = 1 each).</source>
        <translation>Multi-Task-Modell: Gewicht des Verlusts jeder Aufgabe in der Summe, durch Kommas getrennt (leer = je 1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Expert parallelism: a failed device, every expert of this rank knocked out so the gate reroutes their tokens (-1 = none).</source>
        <translation>Expertenparallelität: ein ausgefallenes Gerät, jeder Experte dieses Ranks ausgeschaltet, sodass das Gate seine Tokens umleitet (-1 = keiner).</translation>
    </message>
</context>
<context>
    <name>moe::Problem</name>
    <message>
        <location line="+52"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/lm/lm_trainer_commands.cpp" line="+13"/>
        <source>%1: %2 is outside the allowed range [%3, %4]</source>
        <translation>%1: %2 liegt außerhalb des erlaubten Bereichs [%3, %4]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a whole number, got &apos;%2&apos;</source>
        <translation>%1: ganze Zahl erwartet, &apos;%2&apos; erhalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1: Zahl erwartet, &apos;%2&apos; erhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation>%1: true oder false erwartet, &apos;%2&apos; erhalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is not one of: %3</source>
        <translation>%1: &apos;%2&apos; ist keiner der Werte: %3</translation>
    </message>
    <message>
        <location filename="../core/lm/lm_trainer_commands.cpp" line="+34"/>
        <source>block %1 does not exist (the model has %2)</source>
        <translation>Block %1 gibt es nicht (das Modell hat %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+258"/>
        <location filename="../core/trainer_commands.cpp" line="+15"/>
        <source>%1 changes the shape of the model; start a new run to change it</source>
        <translation>%1 ändert die Form des Modells; starten Sie dafür einen neuen Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/trainer_commands.cpp" line="+7"/>
        <source>routing.strategy: unknown strategy &apos;%1&apos;</source>
        <translation>routing.strategy: unbekannte Strategie &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+37"/>
        <location filename="../core/trainer_commands.cpp" line="+57"/>
        <source>expert %1 does not exist (there are %2)</source>
        <translation>Experte %1 existiert nicht (es gibt %2)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the last working expert of a block cannot be knocked out</source>
        <translation>der letzte arbeitende Experte eines Blocks kann nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/trainer_commands.cpp" line="+44"/>
        <source>the last expert cannot be removed</source>
        <translation>der letzte Experte kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+35"/>
        <source>unknown command</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="-281"/>
        <source>train.task_weights: &apos;%1&apos; is not a weight (a number &gt;= 0)</source>
        <translation>train.task_weights: „%1“ ist kein Gewicht (eine Zahl &gt;= 0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>train.task_weights: %1 weights given for %2 tasks</source>
        <translation>train.task_weights: %1 Gewichte für %2 Aufgaben angegeben</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>a shared bottom (model.gates = none) has no experts to knock out</source>
        <translation>ein Shared Bottom (model.gates = none) hat keine Experten zum Ausschalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/trainer_commands.cpp" line="-30"/>
        <source>the last working expert cannot be knocked out</source>
        <translation>der letzte arbeitende Experte kann nicht ausgeschaltet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the experts of a multi-task model are set by model.experts (a new model)</source>
        <translation>die Experten eines Multi-Task-Modells legt model.experts fest (ein neues Modell)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a multi-task model cannot freeze its experts or gates</source>
        <translation>ein Multi-Task-Modell kann seine Experten und Gates nicht einfrieren</translation>
    </message>
    <message>
        <location filename="../core/trainer_commands.cpp" line="+23"/>
        <source>at most %1 experts</source>
        <translation>höchstens %1 Experten</translation>
    </message>
    <message>
        <location filename="../datasets/csv_loader.cpp" line="-10"/>
        <source>the label column &quot;%1&quot; holds a single class (&quot;%2&quot;); classification needs at least two</source>
        <translation>die Label-Spalte &quot;%1&quot; enthält nur eine Klasse (&quot;%2&quot;); eine Klassifikation braucht mindestens zwei</translation>
    </message>
    <message>
        <location filename="../datasets/csv_parser.cpp" line="-84"/>
        <source>invalid UTF-8 at byte %1 of the line (the file must be UTF-8 text)</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile (die Datei muss UTF-8-Text sein)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label column %1 does not exist (columns are numbered 0 to %2, or -1 for the last)</source>
        <translation>Label-Spalte %1 gibt es nicht (die Spalten sind von 0 bis %2 nummeriert, oder -1 für die letzte)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has %1 fields but the first row has %2</source>
        <translation>diese Zeile hat %1 Felder, die erste Zeile aber %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this row has %1 fields, more than the %2 of the header</source>
        <translation>diese Zeile hat %1 Felder, mehr als die %2 der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has %1 fields, more than the %2 of the first row</source>
        <translation>diese Zeile hat %1 Felder, mehr als die %2 der ersten Zeile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing value in column &quot;%1&quot;</source>
        <translation>fehlender Wert in Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing value in column &quot;%1&quot; (%2)</source>
        <translation>fehlender Wert in Spalte &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a finite number: %1 in column &quot;%2&quot;</source>
        <translation>keine endliche Zahl: %1 in Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number out of range (beyond +-3.4e38, or too close to 0): %1 in column &quot;%2&quot;</source>
        <translation>Zahl außerhalb des Bereichs (jenseits von ±3.4e38 oder zu nahe an 0): %1 in Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number: %1 in column &quot;%2&quot;</source>
        <translation>keine Zahl: %1 in Spalte &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../datasets/text_corpus_loader.cpp" line="-134"/>
        <source>only %1 bytes of text; the language model needs at least %2 (10 windows of %3 bytes)</source>
        <translation>nur %1 Bytes Text; das Sprachmodell braucht mindestens %2 (10 Fenster zu %3 Bytes)</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>invalid UTF-8 at byte offset %1 (%2)</source>
        <translation>ungültiges UTF-8 bei Byte-Offset %1 (%2)</translation>
    </message>
</context>
<context>
    <name>moe::gui::CompareDialog</name>
    <message>
        <location filename="../app/gui/compare_dialog.cpp" line="+90"/>
        <source>%1 is not a run folder: it has no config.moelab.</source>
        <translation>%1 ist kein Laufordner: config.moelab fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no training history to compare (save it after training, or export the run).</source>
        <translation>%1 enthält keinen Trainingsverlauf zum Vergleichen (nach dem Training speichern oder den Lauf exportieren).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+67"/>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Add a run folder</source>
        <translation>Laufordner hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add saved experiments</source>
        <translation>Gespeicherte Experimente hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoE Lab experiments (*.moelab)</source>
        <translation>MoE-Lab-Experimente (*.moelab)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load CV (0 = balanced)</source>
        <translation>Last-VK (0 = ausgeglichen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add two or more runs: folders written by “Export run…” or by moelab-cli train, or experiments saved after training.</source>
        <translation>Zwei oder mehr Läufe hinzufügen: Ordner von „Lauf exportieren…“ oder moelab-cli train, oder nach dem Training gespeicherte Experimente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add run &amp;folder…</source>
        <translation>Lauf&amp;ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add saved &amp;experiment…</source>
        <translation>Gespeichertes &amp;Experiment hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>moe::gui::ControlPanel</name>
    <message>
        <location filename="../app/gui/control_panel.cpp" line="+132"/>
        <source>The language model&apos;s defaults were applied.</source>
        <translation>Die Voreinstellungen des Sprachmodells wurden übernommen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults for %1 applied: %2.</source>
        <translation>Voreinstellungen für %1 übernommen: %2.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Add expert</source>
        <translation>Experte hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a fresh expert while training; the experts already trained keep what they learned.</source>
        <translation>Fügt im Training einen neuen Experten hinzu; die bereits trainierten behalten, was sie gelernt haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove expert</source>
        <translation>Experte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the last expert; the gate re-routes its tokens to the others.</source>
        <translation>Entfernt den letzten Experten; das Gate routet seine Tokens zu den anderen um.</translation>
    </message>
</context>
<context>
    <name>moe::gui::DistributedPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/distributed_panel.cpp" line="+145"/>
        <source>Starting %n rank(s)…</source>
        <translation>
            <numerusform>Starte %n Rank…</numerusform>
            <numerusform>Starte %n Ranks…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restoring the failed rank from the next step…</source>
        <translation>Der ausgefallene Rank wird ab dem nächsten Schritt wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knocking out every expert of rank %1 from the next step…</source>
        <translation>Ab dem nächsten Schritt werden alle Experten von Rank %1 ausgeschaltet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The job refused a command: %1</source>
        <translation>Der Job hat einen Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 every rank&apos;s experts work again.</source>
        <translation>Ab Schritt %1 arbeiten die Experten aller Ranks wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step %1 rank %2 has failed: all its experts are knocked out and the gate sends their rows to the other ranks.</source>
        <translation>Ab Schritt %1 ist Rank %2 ausgefallen: alle seine Experten sind ausgeschaltet, und das Gate schickt ihre Zeilen an die anderen Ranks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished; the run folder with traffic.csv was %1.</source>
        <translation>Fertig; der Laufordner mit traffic.csv war %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job stopped (exit code %1): %2</source>
        <translation>Der Job wurde beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MPI is not installed, so no expert-parallel job can start. Install it with: sudo apt-get install openmpi-bin libopenmpi-dev (then build again)</source>
        <translation>MPI ist nicht installiert, daher kann kein expertenparalleler Job starten. Installieren mit: sudo apt-get install openmpi-bin libopenmpi-dev (danach neu bauen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moelab-cli was not found next to this program; build it (it runs the job).</source>
        <translation>moelab-cli wurde neben diesem Programm nicht gefunden; bauen Sie es (es führt den Job aus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks</source>
        <translation>Ranks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI processes of the job: the batch is split between them and each holds a share of the experts.</source>
        <translation>MPI-Prozesse des Jobs: Der Batch wird zwischen ihnen aufgeteilt, und jeder hält einen Teil der Experten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In blocks</source>
        <translation>In Blöcken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knocks out every expert of this rank: a failed device; the gate reroutes its tokens. While the job runs it changes at the next step (or click a rank in the view).</source>
        <translation>Schaltet jeden Experten dieses Ranks aus: ein ausgefallenes Gerät; das Gate routet seine Tokens um. Während der Job läuft, wirkt die Änderung ab dem nächsten Schritt (oder einen Rank in der Ansicht anklicken).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop job</source>
        <translation>Job stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run with MPI</source>
        <translation>Mit MPI ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the current experiment on P processes (mpirun -np P moelab-cli train … --stream) and shows the all-to-all traffic live; the window&apos;s own training goes on.</source>
        <translation>Trainiert das aktuelle Experiment auf P Prozessen (mpirun -np P moelab-cli train … --stream) und zeigt den All-to-All-Verkehr live; das Training im Fenster läuft weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert parallelism: each rank routes its share of the batch and sends every row to the rank holding its expert.</source>
        <translation>Expertenparallelität: Jeder Rank routet seinen Teil des Batches und schickt jede Zeile an den Rank, der ihren Experten hält.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Failed rank</source>
        <translation>Ausgefallener Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>moe::gui::FileActions</name>
    <message>
        <location filename="../app/gui/file_actions.cpp" line="+67"/>
        <source>&amp;New experiment</source>
        <translation>&amp;Neues Experiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the default experiment</source>
        <translation>Mit dem Standardexperiment neu beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export run…</source>
        <translation>Lauf e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the run as a folder: experiment, metrics and experts as CSV, summary, plots</source>
        <translation>Den Lauf als Ordner schreiben: Experiment, Metriken und Experten als CSV, Zusammenfassung, Plots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare runs…</source>
        <translation>Läufe &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay the curves of two or more saved runs</source>
        <translation>Die Kurven von zwei oder mehr gespeicherten Läufen überlagern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+12"/>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>MoE Lab experiments (*.moelab);;All files (*)</source>
        <translation>MoE-Lab-Experimente (*.moelab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+24"/>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>MoE Lab experiments (*.moelab)</source>
        <translation>MoE-Lab-Experimente (*.moelab)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export run to a new folder</source>
        <translation>Lauf in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to export: no experiment is loaded.</source>
        <translation>Nichts zu exportieren: kein Experiment geladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported the run to %1</source>
        <translation>Lauf nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export run</source>
        <translation>Lauf exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export the run to %1: %2</source>
        <translation>Der Lauf konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
</context>
<context>
    <name>moe::gui::LanguageManager</name>
    <message>
        <location filename="../app/gui/language_manager.cpp" line="+25"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>moe::gui::LessonPanel</name>
    <message>
        <location filename="../app/gui/lesson_panel.cpp" line="+65"/>
        <source>Open a lesson &amp;file…</source>
        <translation>Lektions&amp;datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson a teacher wrote: a .moelab experiment with a lesson section</source>
        <translation>Eine Lektion von einer Lehrkraft: ein .moelab-Experiment mit Lektionsteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the lesson</source>
        <translation>Lektion &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+43"/>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MoE Lab lessons (*.moelab)</source>
        <translation>MoE-Lab-Lektionen (*.moelab)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Watch the highlighted controls.</source>
        <translation>Achten Sie auf die hervorgehobenen Regler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So far</source>
        <translation>Bisher</translation>
    </message>
</context>
<context>
    <name>moe::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+88"/>
        <source>About MoE Lab</source>
        <translation>Über MoE Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;MoE Lab %1&lt;/h3&gt;&lt;p&gt;Trains a real Mixture-of-Experts model live and shows how the gate routes each input to its experts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoE Lab %1&lt;/h3&gt;&lt;p&gt;Trainiert live ein echtes Mixture-of-Experts-Modell und zeigt, wie das Gate jede Eingabe zu ihren Experten routet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not start the experiment: %1</source>
        <translation>Das Experiment konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>MoE Lab — Mixture-of-Experts, live</source>
        <translation>MoE Lab — Mixture-of-Experts, live</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;essons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or pause training (Space)</source>
        <translation>Training starten oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly one step and show it (→)</source>
        <translation>Genau einen Schritt trainieren und zeigen (→)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from fresh random weights with the current settings (R)</source>
        <translation>Mit den aktuellen Einstellungen von neuen Zufallsgewichten neu beginnen (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with larger text, for the projector (F11)</source>
        <translation>Vollbild mit größerer Schrift, für den Beamer (F11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About MoE Lab</source>
        <translation>&amp;Über MoE Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Steuerung</translation>
    </message>
</context>
<context>
    <name>moe::gui::PaintTools</name>
    <message>
        <location filename="../app/gui/paint_tools.cpp" line="+43"/>
        <source>Paint points</source>
        <translation>Punkte malen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag on the input plane to add your own points of the chosen class; the model&apos;s prediction for each is marked (2-D data only)</source>
        <translation>Auf der Eingabeebene klicken oder ziehen, um eigene Punkte der gewählten Klasse hinzuzufügen; die Vorhersage des Modells wird für jeden markiert (nur 2-D-Daten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear points</source>
        <translation>Punkte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the points you painted</source>
        <translation>Die gemalten Punkte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class of the points you paint</source>
        <translation>Die Klasse der gemalten Punkte</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>moe::gui::SpeedControl</name>
    <message>
        <location filename="../app/gui/speed_control.cpp" line="+56"/>
        <source>Speed: max</source>
        <translation>Tempo: max.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Speed: %n step(s)/s</source>
        <translation>
            <numerusform>Tempo: %n Schritt/s</numerusform>
            <numerusform>Tempo: %n Schritte/s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training speed: slow it down to watch single steps, or let it run flat out.</source>
        <translation>Trainingstempo: langsamer, um einzelne Schritte zu sehen, oder mit voller Geschwindigkeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed</source>
        <translation>Trainingstempo</translation>
    </message>
</context>
<context>
    <name>moe::gui::TrainingStatusBar</name>
    <message>
        <location filename="../app/gui/training_status_bar.cpp" line="+51"/>
        <source>Loading %1: %p%</source>
        <translation>Lade %1: %p%</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading data…</source>
        <translation>Lade Daten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverged: lower the learning rate and press Play</source>
        <translation>Divergiert: Lernrate senken und Start drücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters: %1 total · %2 active per token</source>
        <translation>Parameter: %1 gesamt · %2 aktiv pro Token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading the dataset and keep the current experiment.</source>
        <translation>Laden des Datensatzes abbrechen und das aktuelle Experiment behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All weights of the model, against the weights one token actually uses: the experts it is not routed to cost memory but no compute.</source>
        <translation>Alle Gewichte des Modells gegenüber den Gewichten, die ein Token tatsächlich nutzt: Experten, zu denen es nicht geroutet wird, kosten Speicher, aber keine Rechenzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps per second on the worker thread.</source>
        <translation>Trainingsschritte pro Sekunde im Worker-Thread.</translation>
    </message>
</context>
<context>
    <name>moe::gui::TrainingWorker</name>
    <message>
        <location filename="../app/gui/training_worker.cpp" line="+270"/>
        <source>No experiment is loaded.</source>
        <translation>Kein Experiment geladen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The change could not be applied; the previous model was kept.</source>
        <translation>Die Änderung ließ sich nicht anwenden; das bisherige Modell bleibt.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The saved weights could not be loaded (%1); training starts from fresh weights.</source>
        <translation>Die gespeicherten Gewichte ließen sich nicht laden (%1); das Training beginnt mit frischen Gewichten.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::BlockLoadView</name>
    <message>
        <location filename="../widgets/block_load_view.cpp" line="+105"/>
        <source>expert (click: knock out / restore)</source>
        <translation>Experte (Klick: ausschalten / wieder einschalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load (share of the block&apos;s tokens)</source>
        <translation>Last (Anteil an den Tokens des Blocks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens, %1</source>
        <translation>Tokens, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How evenly each block&apos;s router spreads the bytes over its experts. A perfectly balanced block has every cell at 1/E.</source>
        <translation>Wie gleichmäßig der Router jedes Blocks die Bytes auf seine Experten verteilt. In einem perfekt ausgeglichenen Block hat jede Zelle 1/E.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No training step yet.</source>
        <translation>Noch kein Trainingsschritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: max/mean load %2 · CV %3 · dead experts %4 · exp(entropy)/E %5 · dropped %6 %</source>
        <translation>%1: Max/Mittel-Last %2 · VK %3 · tote Experten %4 · exp(Entropie)/E %5 · verworfen %6 %</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n dead expert(s) (%2): no byte reached them in the last step.</source>
        <translation>
            <numerusform>%1: %n toter Experte (%2): Im letzten Schritt hat ihn kein Byte erreicht.</numerusform>
            <numerusform>%1: %n tote Experten (%2): Im letzten Schritt hat sie kein Byte erreicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moe::widgets::CurveView</name>
    <message>
        <location filename="../widgets/curve_view.cpp" line="+56"/>
        <source>output y</source>
        <translation>Ausgabe y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate weight</source>
        <translation>Gate-Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input x</source>
        <translation>Eingabe x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixture (model output)</source>
        <translation>Mischung (Modellausgabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expert %1</source>
        <translation>Experte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin lines: what each expert predicts. Thick line: the gate-weighted mixture. Below: how much weight the gate gives each expert at each x.</source>
        <translation>Dünne Linien: was jeder Experte vorhersagt. Dicke Linie: die vom Gate gewichtete Mischung. Unten: welches Gewicht das Gate jedem Experten bei jedem x gibt.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DisplayNames</name>
    <message>
        <location filename="../widgets/display_names.cpp" line="+17"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>balance loss</source>
        <translation>Balance-Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z-loss</source>
        <translation>z-Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>importance CV²</source>
        <translation>Wichtigkeit CV²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load CV²</source>
        <translation>Last CV²</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DistributedView</name>
    <message>
        <location filename="../widgets/distributed_view.cpp" line="+145"/>
        <source>rows processed</source>
        <translation>verarbeitete Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>straggler</source>
        <translation>Nachzügler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing (ms)</source>
        <translation>Rechnen (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in MPI (ms)</source>
        <translation>in MPI (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to rank</source>
        <translation>an Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from rank</source>
        <translation>von Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms per step</source>
        <translation>ms pro Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a rank to knock out all its experts (a failed device) or to restore it; the job changes at its next step.</source>
        <translation>Einen Rank anklicken, um alle seine Experten auszuschalten (ein ausgefallenes Gerät) oder ihn wiederherzustellen; der Job ändert sich ab seinem nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>failed</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No expert-parallel job yet.</source>
        <translation>Noch kein expertenparalleler Job.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>rank %1</source>
        <translation>Rank %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> · rank %1 failed: its experts are knocked out, the gate sends its rows to the other ranks</source>
        <translation> · Rank %1 ausgefallen: seine Experten sind ausgeschaltet, das Gate schickt seine Zeilen an die anderen Ranks</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n rank(s), waiting for the first step…</source>
        <translation>
            <numerusform>%n Rank, warte auf den ersten Schritt…</numerusform>
            <numerusform>%n Ranks, warte auf den ersten Schritt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step %1 of %2 · loss %3 · dispatch %4 kB (%5 kB between ranks) · communication %6% of the step · straggler: rank %7</source>
        <translation>Schritt %1 von %2 · Verlust %3 · Verteilung %4 kB (%5 kB zwischen Ranks) · Kommunikation %6 % des Schritts · Nachzügler: Rank %7</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DropsByPositionView</name>
    <message>
        <location filename="../widgets/drops_by_position_view.cpp" line="+39"/>
        <source>No capacity limit: nothing is dropped (set a capacity factor to see drops)</source>
        <translation>Keine Kapazitätsgrenze: Nichts wird verworfen (setzen Sie einen Kapazitätsfaktor, um Verwerfungen zu sehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped fraction by position in the context</source>
        <translation>Verworfener Anteil nach Position im Kontext</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position t in the context</source>
        <translation>Position t im Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction</source>
        <translation>verworfener Anteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the assignments made at each position of a sequence, the share that a full expert dropped, averaged over the recent training steps.</source>
        <translation>Von den Zuweisungen an jeder Position einer Sequenz der Anteil, den ein voller Experte verworfen hat, gemittelt über die letzten Trainingsschritte.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::ExpertLoadView</name>
    <message>
        <location filename="../widgets/expert_load_view.cpp" line="+70"/>
        <source>share of tokens</source>
        <translation>Anteil der Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load history</source>
        <translation>Lastverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balanced (1/E)</source>
        <translation>ausgeglichen (1/E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an expert&apos;s bar to knock it out or bring it back.</source>
        <translation>Auf den Balken eines Experten klicken, um ihn aus- oder wieder einzuschalten.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 assignments dropped (%2 %)</source>
        <translation>%1 Zuweisungen verworfen (%2 %)</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GalleryView</name>
    <message>
        <location filename="../widgets/gallery_view.cpp" line="+22"/>
        <source>The samples the gate sends to each expert. Click one to inspect it.</source>
        <translation>Die Samples, die das Gate an jeden Experten schickt. Zum Untersuchen eines anklicken.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The gallery shows image data (e.g. Fashion-MNIST): train on an image data set to see which pictures each expert receives.</source>
        <translation>Die Galerie zeigt Bilddaten (z. B. Fashion-MNIST): auf einem Bilddatensatz trainieren, um zu sehen, welche Bilder jeder Experte erhält.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each sample is shown under the expert with its largest weight. %1 take(s) tokens only as a further choice (k &gt; 1), so no sample is shown for them.</source>
        <translation>Jede Probe erscheint beim Experten mit ihrem größten Gewicht. %1 erhält/erhalten Tokens nur als weitere Wahl (k &gt; 1), daher wird dort keine Probe gezeigt.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GateHeatmapView</name>
    <message>
        <location filename="../widgets/gate_heatmap_view.cpp" line="+57"/>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probe samples (by class)</source>
        <translation>Sonden-Samples (nach Klasse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate probability</source>
        <translation>Gate-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one sample, each column an expert: how much the gate trusts each expert. Outlined cells are the experts actually used.</source>
        <translation>Jede Zeile ist ein Sample, jede Spalte ein Experte: wie sehr das Gate jedem Experten vertraut. Umrandete Zellen sind die tatsächlich genutzten Experten.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GenerationView</name>
    <message>
        <location filename="../widgets/generation_view.cpp" line="+95"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides the model&apos;s scores before sampling: 0 always takes the likeliest byte, higher values take more chances.</source>
        <translation>Teilt die Werte des Modells vor dem Ziehen: 0 nimmt immer das wahrscheinlichste Byte, höhere Werte gehen mehr Risiko ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples only among the k likeliest bytes (0 = all 256).</source>
        <translation>Zieht nur unter den k wahrscheinlichsten Bytes (0 = alle 256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many bytes to generate after the prompt.</source>
        <translation>Wie viele Bytes nach dem Prompt erzeugt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text the model continues; it sees at most its context length of it.</source>
        <translation>Der Text, den das Modell fortsetzt; es sieht davon höchstens seine Kontextlänge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation needs a text corpus.</source>
        <translation>Die Generierung braucht ein Textkorpus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a prompt and press Generate.</source>
        <translation>Geben Sie einen Prompt ein und drücken Sie Generieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes generated at step %2</source>
        <translation>%1 Bytes erzeugt bei Schritt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generating… %1 of %2 bytes</source>
        <translation>erzeuge … %1 von %2 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model writes byte by byte; each byte is painted by the expert the selected block sent it to. Bold bytes are generated, the others are the prompt.</source>
        <translation>Das Modell schreibt Byte für Byte; jedes Byte ist in der Farbe des Experten gemalt, an den der gewählte Block es geschickt hat. Fette Bytes sind erzeugt, die anderen sind der Prompt.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::InspectorView</name>
    <message>
        <location filename="../widgets/inspector_view.cpp" line="+40"/>
        <source>Click a sample in any view to follow it through the gate. Click a step or press ←/→ to go step by step.</source>
        <translation>Ein Sample in einer beliebigen Ansicht anklicken, um es durch das Gate zu verfolgen. Einen Schritt anklicken oder ←/→ drücken, um schrittweise vorzugehen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Click a sample (a point, a heatmap row or a gallery image) to see how the gate routes it.</source>
        <translation>Ein Sample anklicken (einen Punkt, eine Heatmap-Zeile oder ein Galeriebild), um zu sehen, wie das Gate es routet.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample %1 (%2)</source>
        <translation>Beispiel %1 (%2)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>1 Route: gate probability</source>
        <translation>1 Routen: Gate-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Select: combine weight</source>
        <translation>2 Auswählen: Kombinationsgewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Combine: expert output</source>
        <translation>3 Kombinieren: Expertenausgabe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not selected</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 (%2 %)</source>
        <translation>Ergebnis: %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmLossView</name>
    <message>
        <location filename="../widgets/lm_loss_view.cpp" line="+18"/>
        <source>%1 B</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation %1 nats = %2 bits per byte</source>
        <translation>Validierung %1 Nats = %2 Bit pro Byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training %1 nats = %2 bits per byte</source>
        <translation>Training %1 Nats = %2 Bit pro Byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2 parameters in total, %3 active per byte
%4 FLOPs per byte</source>
        <translation>%1
%2 Parameter gesamt, %3 aktiv pro Byte
%4 FLOPs pro Byte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per byte)</source>
        <translation>Verlust (Nats pro Byte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits per byte</source>
        <translation>Bit pro Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-entropy of the next byte. 8 bits per byte is a blind guess among 256 bytes; English text compresses to about 2.</source>
        <translation>Kreuzentropie des nächsten Bytes. 8 Bit pro Byte ist blindes Raten unter 256 Bytes; englischer Text lässt sich auf etwa 2 komprimieren.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmSpecialisationView</name>
    <message>
        <location filename="../widgets/lm_specialisation_view.cpp" line="+20"/>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper case</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>Satzzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newline</source>
        <translation>Zeilenumbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASCII other</source>
        <translation>sonstiges ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 lead byte</source>
        <translation>UTF-8-Startbyte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continuation byte</source>
        <translation>Folgebyte</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>byte class × expert: MI %1 % of its maximum</source>
        <translation>Byteklasse × Experte: Transinformation %1 % ihres Maximums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language × expert: this corpus has no language labels</source>
        <translation>Sprache × Experte: Dieses Korpus hat keine Sprachlabels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language × expert: MI %1 % of its maximum</source>
        <translation>Sprache × Experte: Transinformation %1 % ihres Maximums</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert (top-1)</source>
        <translation>Experte (Top-1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which kinds of bytes each expert of the block takes: each row shows how its bytes are shared out. Mutual information near 100 % means the experts have divided the kinds among themselves.</source>
        <translation>Welche Arten von Bytes jeder Experte des Blocks nimmt: Jede Zeile zeigt, wie ihre Bytes verteilt werden. Eine Transinformation nahe 100 % bedeutet, dass die Experten die Arten unter sich aufgeteilt haben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmView</name>
    <message>
        <location filename="../widgets/lm_view.cpp" line="+51"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The transformer block whose routing is shown; every block has its own router.</source>
        <translation>Der Transformer-Block, dessen Routing gezeigt wird; jeder Block hat seinen eigenen Router.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LossView</name>
    <message>
        <location filename="../widgets/loss_view.cpp" line="+110"/>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the losses on a logarithmic axis: late, small improvements stay visible.</source>
        <translation>Verluste auf logarithmischer Achse zeigen: späte, kleine Verbesserungen bleiben sichtbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>Testverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task loss</source>
        <translation>Aufgabenverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auxiliary loss (right axis)</source>
        <translation>Hilfsverlust (rechte Achse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auxiliary loss</source>
        <translation>Hilfsverlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train R²</source>
        <translation>Trainings-R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>train accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test R²</source>
        <translation>Test-R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
</context>
<context>
    <name>moe::widgets::ModelDiagramView</name>
    <message>
        <location filename="../widgets/model_diagram_view.cpp" line="+30"/>
        <source>Tokens flow from the input through the gate to the chosen experts. Brighter experts get more tokens. Click an expert to knock it out or bring it back.</source>
        <translation>Tokens fließen von der Eingabe durch das Gate zu den gewählten Experten. Hellere Experten erhalten mehr Tokens. Einen Experten anklicken, um ihn aus- oder wieder einzuschalten.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>shared %1</source>
        <translation>geteilt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>input x</source>
        <translation>Eingabe x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate
softmax(x·W)</source>
        <translation>Gate
softmax(x·W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · k = %2 of %3 experts · %4 parameters, %5 active per token</source>
        <translation>%1 · k = %2 von %3 Experten · %4 Parameter, %5 aktiv pro Token</translation>
    </message>
</context>
<context>
    <name>moe::widgets::MultiTaskGateView</name>
    <message numerus="yes">
        <location filename="../widgets/multitask_gate_view.cpp" line="+41"/>
        <source>Mean gate weight over %n test rows. Click an expert to knock it out of every gate (click again to restore it).</source>
        <translation>
            <numerusform>Mittleres Gate-Gewicht über %n Testzeile. Ein Klick auf einen Experten schaltet ihn in jedem Gate aus (ein zweiter Klick schaltet ihn wieder ein).</numerusform>
            <numerusform>Mittleres Gate-Gewicht über %n Testzeilen. Ein Klick auf einen Experten schaltet ihn in jedem Gate aus (ein zweiter Klick schaltet ihn wieder ein).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moe::widgets::MultiTaskLossView</name>
    <message>
        <location filename="../widgets/multitask_loss_view.cpp" line="+18"/>
        <source>MMoE: %1 experts, a gate per task</source>
        <translation>MMoE: %1 Experten, ein Gate pro Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMoE: %1 experts, one gate</source>
        <translation>OMoE: %1 Experten, ein Gate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared bottom (no gate)</source>
        <translation>Shared Bottom (kein Gate)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No multi-task model is loaded.</source>
        <translation>Kein Multi-Task-Modell geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: test %2 (R² %3)</source>
        <translation>%1: Test %2 (R² %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: train %2</source>
        <translation>%1: Training %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluated at step %1</source>
        <translation>ausgewertet bei Schritt %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::PlotExport</name>
    <message>
        <location filename="../widgets/plot_export.cpp" line="+175"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
</context>
<context>
    <name>moe::widgets::RegionMapView</name>
    <message>
        <location filename="../widgets/region_map_view.cpp" line="+84"/>
        <source>input x₁</source>
        <translation>Eingabe x₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input x₂</source>
        <translation>Eingabe x₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your points: model agrees</source>
        <translation>Ihre Punkte: Modell stimmt zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your points: model disagrees</source>
        <translation>Ihre Punkte: Modell widerspricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision boundary</source>
        <translation>Entscheidungsgrenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expert %1</source>
        <translation>Experte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to add points of the chosen class.</source>
        <translation>Klicken oder ziehen, um Punkte der gewählten Klasse hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour: the expert the gate picks there (paler = less sure). Line: where the predicted class changes.</source>
        <translation>Farbe: der Experte, den das Gate dort wählt (blasser = unsicherer). Linie: wo die vorhergesagte Klasse wechselt.</translation>
    </message>
</context>
<context>
    <name>moe::widgets::RoutedTextCanvas</name>
    <message>
        <location filename="../widgets/routed_text_canvas.cpp" line="+171"/>
        <source>“%1” at position %2, bytes %3</source>
        <translation>„%1“ an Position %2, Bytes %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid UTF-8: shown as the byte&apos;s value</source>
        <translation>kein gültiges UTF-8: als Bytewert gezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weight %2)</source>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no expert (dropped)</source>
        <translation>kein Experte (verworfen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte %1: %2</source>
        <translation>Byte %1: %2</translation>
    </message>
</context>
<context>
    <name>moe::widgets::SpecializationView</name>
    <message>
        <location filename="../widgets/specialization_view.cpp" line="+59"/>
        <source>expert (top-1 on the test set)</source>
        <translation>Experte (Top-1 auf der Testmenge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the class</source>
        <translation>Anteil der Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialization: I(class; expert) = %1 bits</source>
        <translation>Spezialisierung: I(Klasse; Experte) = %1 Bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which expert each class is sent to. A high mutual information means the experts have divided the classes among themselves.</source>
        <translation>Zu welchem Experten jede Klasse geschickt wird. Hohe Transinformation heißt: Die Experten haben die Klassen unter sich aufgeteilt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::SweepCurveView</name>
    <message>
        <location filename="../widgets/sweep_curve_view.cpp" line="+38"/>
        <source>The final value of each run of the sweep against the swept key, one line per setting of the other keys (means over seeds).</source>
        <translation>Der Endwert jedes Laufs des Sweeps gegen den variierten Schlüssel, eine Linie pro Einstellung der übrigen Schlüssel (Mittel über Seeds).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>final value</source>
        <translation>Endwert</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TaskGateView</name>
    <message>
        <location filename="../widgets/task_gate_view.cpp" line="+83"/>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean gate weight</source>
        <translation>mittleres Gate-Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which experts each task&apos;s gate uses: the mean combine weight over the test set. With one gate per task (MMoE) unrelated tasks can use different experts.</source>
        <translation>Welche Experten das Gate jeder Aufgabe verwendet: das mittlere Kombinationsgewicht über die Testmenge. Mit einem Gate pro Aufgabe (MMoE) können unabhängige Aufgaben verschiedene Experten nutzen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no gate: a shared bottom sends every task through the same network</source>
        <translation>kein Gate: ein Shared Bottom schickt jede Aufgabe durch dasselbe Netz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
off</source>
        <translation>%1
aus</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TaskLossView</name>
    <message>
        <location filename="../widgets/task_loss_view.cpp" line="+37"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss per task (mean squared error)</source>
        <translation>Verlust pro Aufgabe (mittlerer quadratischer Fehler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each task&apos;s loss: test (solid) and train on the batch (dashed). In a shared-bottom model the tasks compete for one network; with one gate per task (MMoE) each task picks its own mixture of experts.</source>
        <translation>Der Verlust jeder Aufgabe: Test (durchgezogen) und Training auf dem Batch (gestrichelt). In einem Shared-Bottom-Modell konkurrieren die Aufgaben um ein Netz; mit einem Gate pro Aufgabe (MMoE) wählt jede Aufgabe ihre eigene Mischung von Experten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: test</source>
        <translation>%1: Test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: train</source>
        <translation>%1: Training</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TokenView</name>
    <message>
        <location filename="../widgets/token_view.cpp" line="+59"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a byte to outline the bytes this attention head of the block looks at when it reads that byte; the stronger the outline, the larger the weight.</source>
        <translation>Zeigen Sie auf ein Byte, um die Bytes zu umranden, auf die dieser Attention-Kopf des Blocks beim Lesen dieses Bytes schaut; je kräftiger der Rahmen, desto größer das Gewicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation text, every byte painted by the expert its block&apos;s router sent it to. With k &gt; 1 the other experts are the thin lines under the byte; hover a byte for every expert and weight.</source>
        <translation>Validierungstext, jedes Byte in der Farbe des Experten, an den der Router seines Blocks es geschickt hat. Bei k &gt; 1 sind die anderen Experten die dünnen Linien unter dem Byte; zeigen Sie auf ein Byte für jeden Experten und jedes Gewicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a text corpus in the Data group to train the language model.</source>
        <translation>Wählen Sie in der Gruppe Daten ein Textkorpus, um das Sprachmodell zu trainieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 · validation bytes %2–%3 · k = %4</source>
        <translation>Schritt %1 · Validierungsbytes %2–%3 · k = %4</translation>
    </message>
</context>
<context>
    <name>moelab_cli</name>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="+26"/>
        <source>moelab-cli: error: %1</source>
        <translation>moelab-cli: Fehler: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moelab-cli: %1</source>
        <translation>moelab-cli: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moelab-cli: warning: %1</source>
        <translation>moelab-cli: Warnung: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 (see moelab-cli %1 --help)</source>
        <translation>%1: %2 (siehe moelab-cli %1 --help)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Experiment file (.moelab) to start from.</source>
        <translation>Experimentdatei (.moelab) als Ausgangspunkt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_datasets.cpp" line="+21"/>
        <location filename="../app/cli/cmd_generate.cpp" line="+91"/>
        <location filename="../app/cli/cmd_grad.cpp" line="+27"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set one configuration key, e.g. routing.k=2 (repeatable; applied after --config).</source>
        <translation>Einen Konfigurationsschlüssel setzen, z. B. routing.k=2 (wiederholbar; nach --config angewendet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_lesson.cpp" line="+181"/>
        <source>key=value</source>
        <translation>Schlüssel=Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps (same as --set train.steps=N).</source>
        <translation>Trainingsschritte (wie --set train.steps=N).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_generate.cpp" line="+4"/>
        <location filename="../app/cli/cmd_lesson.cpp" line="-3"/>
        <location line="+4"/>
        <location filename="../app/cli/cmd_sweep.cpp" line="+45"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--config FILE is required</source>
        <translation>--config FILE ist erforderlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--steps: %1</source>
        <translation>--steps: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration keys (--set key=value):</source>
        <translation>Konfigurationsschlüssel (--set Schlüssel=Wert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole number %1..%2</source>
        <translation>ganze Zahl %1..%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number %1..%2</source>
        <translation>Zahl %1..%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true|false</source>
        <translation>true|false</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_generate.cpp" line="-2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_datasets.cpp" line="-2"/>
        <source>bytes of text</source>
        <translation>Bytes Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data.samples</source>
        <translation>data.samples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1×%2 images)</source>
        <translation> (%1×%2-Bilder)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the datasets that can be trained on (set one with --set data.name=ID), with their size: samples × features. The text corpora train the MoE language model on their bytes.</source>
        <translation>Die trainierbaren Datensätze auflisten (einen mit --set data.name=ID wählen), mit ihrer Größe: Samples × Merkmale. Die Textkorpora trainieren das MoE-Sprachmodell auf ihren Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples × features</source>
        <translation>Samples × Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="+27"/>
        <source>Time training steps of the engine on a fixed workload (the shapes of the PyTorch peer) and print one JSON line per run.</source>
        <translation>Trainingsschritte der Engine auf einer festen Arbeitslast (den Formen des PyTorch-Gegenstücks) messen und pro Lauf eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workload: %1, or all.</source>
        <translation>Arbeitslast: %1 oder all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_datasets.cpp" line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenMP threads (default 1).</source>
        <translation>OpenMP-Threads (Standard 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>At least this many timed steps (default 200).</source>
        <translation>Mindestens so viele gemessene Schritte (Standard 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least this many timed seconds (default 2).</source>
        <translation>Mindestens so viele gemessene Sekunden (Standard 2).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untimed warm-up steps (default 20).</source>
        <translation>Nicht gemessene Aufwärmschritte (Standard 20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the weights and data (default 0).</source>
        <translation>Seed für Gewichte und Daten (Standard 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form every weight gradient in the backward pass (as a framework does) instead of leaving large expert gradients to the optimizer&apos;s pass.</source>
        <translation>Jeden Gewichtsgradienten im Rückwärtsdurchlauf bilden (wie ein Framework), statt große Expertengradienten dem Durchlauf des Optimierers zu überlassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bench: --workload is required (%1, or all)</source>
        <translation>bench: --workload ist erforderlich (%1 oder all)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bench: unknown workload &apos;%1&apos; (%2, or all)</source>
        <translation>bench: unbekannte Arbeitslast „%1“ (%2 oder all)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bench: --threads must be a whole number from 1 to 1024</source>
        <translation>bench: --threads muss eine ganze Zahl von 1 bis 1024 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --steps must be a whole number of at least 1</source>
        <translation>bench: --steps muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --min-time must be a number of seconds, 0 or more</source>
        <translation>bench: --min-time muss eine Sekundenzahl ab 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --warmup must be a whole number, 0 or more</source>
        <translation>bench: --warmup muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --seed must be a whole number</source>
        <translation>bench: --seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_datasets.cpp" line="+6"/>
        <source>  [not available: %1]</source>
        <translation>  [nicht verfügbar: %1]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_grad.cpp" line="-4"/>
        <source>Print the loss of one batch and the gradient of every parameter as JSON, under the weights of the experiment file (or a fresh initialisation).</source>
        <translation>Verlust eines Batches und den Gradienten jedes Parameters als JSON ausgeben, mit den Gewichten der Experimentdatei (oder frisch initialisiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file with one sample per row: the features, then the label.</source>
        <translation>CSV-Datei mit einem Sample pro Zeile: erst die Merkmale, dann das Label.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grad: --batch FILE.csv is required</source>
        <translation>grad: --batch FILE.csv ist erforderlich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--batch: %1 features per row, but the model takes %2</source>
        <translation>--batch: %1 Merkmale pro Zeile, das Modell erwartet aber %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--config: %1</source>
        <translation>--config: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_keys.cpp" line="+14"/>
        <source>Print every configuration key with its value: the defaults, or the result of --config and --set. --json prints an experiment file.</source>
        <translation>Jeden Konfigurationsschlüssel mit seinem Wert ausgeben: die Standardwerte oder das Ergebnis von --config und --set. --json gibt eine Experimentdatei aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a .moelab experiment file.</source>
        <translation>Eine .moelab-Experimentdatei ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe each key (type, range, meaning).</source>
        <translation>Jeden Schlüssel beschreiben (Typ, Bereich, Bedeutung).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sweep.cpp" line="-15"/>
        <source>Train every combination of the --vary values (in parallel), overlay their curves in comparison plots and write a summary table as CSV and Markdown.</source>
        <translation>Jede Kombination der --vary-Werte (parallel) trainieren, ihre Kurven in Vergleichsplots überlagern und eine Übersichtstabelle als CSV und Markdown schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key and the values to try, e.g. routing.k=1,2,4 (repeatable: the grid of all combinations).</source>
        <translation>Ein Schlüssel und die zu probierenden Werte, z. B. routing.k=1,2,4 (wiederholbar: das Gitter aller Kombinationen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key=v1,v2,...</source>
        <translation>Schlüssel=v1,v2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep folder to write (replaced if it holds an earlier sweep).</source>
        <translation>Zu schreibender Sweep-Ordner (ersetzt, falls er einen früheren Sweep enthält).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_lesson.cpp" line="-127"/>
        <source>Inference of sample %1 (input %2):</source>
        <translation>Inferenz von Sample %1 (Eingabe %2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  1 route:   router logits z = %1</source>
        <translation>  1 Routen:  Router-Logits z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             softmax p = %1</source>
        <translation>             softmax p = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  2 select:  experts %1, combine weights w = %2</source>
        <translation>  2 Auswahl: Experten %1, Kombinationsgewichte w = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>             expert %1 says %2</source>
        <translation>             Experte %1 sagt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  3 combine: y = Σ w_e·f_e(x) = %1</source>
        <translation>  3 Kombin.: y = Σ w_e·f_e(x) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             prediction %1</source>
        <translation>             Vorhersage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>             true class %1</source>
        <translation>             wahre Klasse %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <location line="+46"/>
        <source>Lesson %1: %2</source>
        <translation>Lektion %1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Watch: %1</source>
        <translation>Beobachten: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+35"/>
        <source>After %1 steps:</source>
        <translation>Nach %1 Schritten:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  expert load (last step): %1</source>
        <translation>  Expertenlast (letzter Schritt): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run folder: %1</source>
        <translation>Laufordner: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appeared: yes (%1 s)</source>
        <translation>eingetreten: ja (%1 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appeared: no (%1 s)</source>
        <translation>eingetreten: nein (%1 s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run a built-in lesson (or a .moelab file with a lesson section) headless, or with --check measure whether its effect appears: exit 0 if it did, 1 if not, 2 for bad input.</source>
        <translation>Eine eingebaute Lektion (oder eine .moelab-Datei mit Lektionsteil) ohne Fenster ausführen oder mit --check messen, ob ihr Effekt eintritt: Exit 0 wenn ja, 1 wenn nein, 2 bei falscher Eingabe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the built-in lessons: id, then title.</source>
        <translation>Die eingebauten Lektionen auflisten: ID, dann Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the lesson&apos;s phenomenon and say whether it appeared.</source>
        <translation>Das Phänomen der Lektion messen und sagen, ob es eingetreten ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this seed for the data and the training.</source>
        <translation>Diesen Seed für Daten und Training verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change one configuration key of the lesson (repeatable).</source>
        <translation>Einen Konfigurationsschlüssel der Lektion ändern (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps.</source>
        <translation>Trainingsschritte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_sweep.cpp" line="+1"/>
        <location filename="../app/cli/cmd_train.cpp" line="+36"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write the run folder (without --check).</source>
        <translation>Den Laufordner schreiben (ohne --check).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson id (see --list) or a .moelab file.</source>
        <translation>Lektions-ID (siehe --list) oder eine .moelab-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lesson: give one lesson name (moelab-cli lesson --list shows them)</source>
        <translation>lesson: einen Lektionsnamen angeben (moelab-cli lesson --list zeigt sie)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--seed: expected a whole number ≥ 0</source>
        <translation>--seed: ganze Zahl ≥ 0 erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lesson: --out writes a run, --check measures; give one of them</source>
        <translation>lesson: --out schreibt einen Lauf, --check misst; eines von beiden angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sweep.cpp" line="+2"/>
        <source>Runs at once (default: the number of cores); each run then trains on one thread.</source>
        <translation>Gleichzeitige Läufe (Standard: Anzahl der Kerne); jeder Lauf trainiert dann mit einem Thread.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also draw every run&apos;s own plots.</source>
        <translation>Auch die eigenen Plots jedes Laufs zeichnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write no plots at all.</source>
        <translation>Überhaupt keine Plots schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_train.cpp" line="+3"/>
        <source>Plot formats, comma separated (default png,pdf,svg).</source>
        <translation>Plot-Formate, durch Kommas getrennt (Standard png,pdf,svg).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_train.cpp" line="+0"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmd_train.cpp" line="+3"/>
        <source>Print no progress.</source>
        <translation>Keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sweep: unexpected argument &apos;%1&apos;</source>
        <translation>sweep: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sweep: --out DIR is required</source>
        <translation>sweep: --out DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sweep: give at least one --vary key=v1,v2,...</source>
        <translation>sweep: mindestens ein --vary key=v1,v2,... angeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmd_train.cpp" line="+23"/>
        <source>--formats: &apos;%1&apos; is not one of png, pdf, svg</source>
        <translation>--formats: „%1“ ist nicht png, pdf oder svg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--jobs: expected a whole number from 1 to 256, got &apos;%1&apos;</source>
        <translation>--jobs: ganze Zahl von 1 bis 256 erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sweep: the grid has more than %1 runs</source>
        <translation>sweep: das Gitter hat mehr als %1 Läufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sweep: %1 runs, %2 at once</source>
        <translation>sweep: %1 Läufe, %2 gleichzeitig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1/%2 (%3) failed: %4</source>
        <translation>Lauf %1/%2 (%3) fehlgeschlagen: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run %1/%2 (%3): test accuracy %4, test loss %5, max/mean load %6</source>
        <translation>Lauf %1/%2 (%3): Testgenauigkeit %4, Testverlust %5, max./mittlere Last %6</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) could not start</source>
        <translation>
            <numerusform>%n Lauf konnte nicht starten</numerusform>
            <numerusform>%n Läufe konnten nicht starten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_train.cpp" line="-38"/>
        <source>Train one experiment and write its run folder: config.moelab, metrics.csv, experts.csv, summary.json and plots/ (PNG, PDF, SVG). On a text corpus (data.name shakespeare, fortunes, text) it trains the MoE language model and writes config.moelab, checkpoint.bin, metrics.csv, blocks.csv, drops_by_position.csv (finite capacity), summary.json and plots/loss.</source>
        <translation>Ein Experiment trainieren und seinen Laufordner schreiben: config.moelab, metrics.csv, experts.csv, summary.json und plots/ (PNG, PDF, SVG). Auf einem Textkorpus (data.name shakespeare, fortunes, text) wird das MoE-Sprachmodell trainiert und config.moelab, checkpoint.bin, metrics.csv, blocks.csv, drops_by_position.csv (endliche Kapazität), summary.json und plots/loss geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run folder to write (replaced if it holds an earlier run).</source>
        <translation>Zu schreibender Laufordner (ersetzt, falls er einen früheren Lauf enthält).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write no plots.</source>
        <translation>Keine Plots schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expert parallelism (mpirun -np P … --set parallel.ranks=P): print one JSON line per step, evaluation and end on stdout, for a window to read live; also writes traffic.csv. While it runs, rank 0 reads commands on stdin, one JSON line each: {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;} knocks out rank 1 from the next step, &quot;value&quot;:&quot;none&quot; restores it, &quot;step&quot;:N waits for step N (see app/cli/README.md).</source>
        <translation>Expertenparallelität (mpirun -np P … --set parallel.ranks=P): eine JSON-Zeile pro Schritt, Auswertung und Ende auf stdout ausgeben, damit ein Fenster live mitlesen kann; schreibt auch traffic.csv. Während er läuft, liest Rank 0 Befehle auf stdin, je eine JSON-Zeile: {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;} schaltet Rank 1 ab dem nächsten Schritt aus, &quot;value&quot;:&quot;none&quot; stellt ihn wieder her, &quot;step&quot;:N wartet auf Schritt N (siehe app/cli/README.md).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train: unexpected argument &apos;%1&apos;</source>
        <translation>train: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train: --out DIR is required</source>
        <translation>train: --out DIR ist erforderlich</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>training %1 on %2 (%3 samples, %4 features): %5 experts, %6, k=%7, %8 steps</source>
        <translation>trainiere %1 auf %2 (%3 Samples, %4 Merkmale): %5 Experten, %6, k=%7, %8 Schritte</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/train_parallel.cpp" line="+341"/>
        <source>step %1/%2  train loss %3  test loss %4  accuracy %5  (%6 s)</source>
        <translation>Schritt %1/%2  Trainingsverlust %3  Testverlust %4  Genauigkeit %5  (%6 s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/train_parallel.cpp" line="+45"/>
        <source>training stopped: %1</source>
        <translation>Training angehalten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: test accuracy %1, test loss %2, max/mean load %3; wrote %4</source>
        <translation>fertig: Testgenauigkeit %1, Testverlust %2, max./mittlere Last %3; %4 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/command_table.cpp" line="+11"/>
        <source>Train one experiment and write its run folder.</source>
        <translation>Ein Experiment trainieren und seinen Laufordner schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a grid of experiments and compare them.</source>
        <translation>Ein Gitter von Experimenten trainieren und vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the loss and every gradient of one batch as JSON.</source>
        <translation>Verlust und alle Gradienten eines Batches als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample text from a trained language model (and show its routing).</source>
        <translation>Text aus einem trainierten Sprachmodell erzeugen (und sein Routing zeigen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the datasets that can be trained on.</source>
        <translation>Die trainierbaren Datensätze auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the configuration keys with their values.</source>
        <translation>Die Konfigurationsschlüssel mit ihren Werten auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure the speed of the engine on fixed workloads.</source>
        <translation>Die Geschwindigkeit der Engine auf festen Arbeitslasten messen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a built-in lesson, or check that its effect appears.</source>
        <translation>Eine eingebaute Lektion ausführen oder prüfen, ob ihr Effekt eintritt.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+29"/>
        <source>Usage: moelab-cli COMMAND [options]

MoE Lab without a window: train Mixture-of-Experts models, run sweeps and export their plots and numbers.

Commands:
</source>
        <translation>Aufruf: moelab-cli BEFEHL [Optionen]

MoE Lab ohne Fenster: Mixture-of-Experts-Modelle trainieren, Sweeps ausführen und ihre Plots und Zahlen exportieren.

Befehle:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;moelab-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 the run failed, 2 bad input.</source>
        <translation>„moelab-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Status: 0 fertig, 1 Lauf fehlgeschlagen, 2 falsche Eingabe.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unknown command &apos;%1&apos; (see moelab-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe moelab-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="-9"/>
        <source>Sample bytes from a trained language model and print them; with --routing, print each byte&apos;s experts per block as JSON lines instead.</source>
        <translation>Bytes aus einem trainierten Sprachmodell erzeugen und ausgeben; mit --routing stattdessen die Experten jedes Bytes pro Block als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The config.moelab of a language-model run folder (its checkpoint.bin beside it), or the checkpoint file itself.</source>
        <translation>Die config.moelab eines Sprachmodell-Laufordners (mit checkpoint.bin daneben) oder die Checkpoint-Datei selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text the generated bytes follow.</source>
        <translation>Text, auf den die erzeugten Bytes folgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes to generate (default 200).</source>
        <translation>Zu erzeugende Bytes (Standard 200).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling temperature; 0 always takes the likeliest byte (default 1).</source>
        <translation>Sampling-Temperatur; 0 nimmt immer das wahrscheinlichste Byte (Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample among the K likeliest bytes only (default 0 = all 256).</source>
        <translation>Nur unter den K wahrscheinlichsten Bytes wählen (Standard 0 = alle 256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the sampling (default 1).</source>
        <translation>Seed des Samplings (Standard 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON line per byte (prompt and generated) with the experts and weights it was routed to in each block.</source>
        <translation>Eine JSON-Zeile pro Byte (Prompt und erzeugt) ausgeben, mit den Experten, an die es in jedem Block geroutet wurde, und ihren Kombinationsgewichten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate: unexpected argument &apos;%1&apos;</source>
        <translation>generate: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: --config FILE is required</source>
        <translation>generate: --config FILE ist erforderlich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: --bytes must be a whole number from 0 to 1000000, not &apos;%1&apos;</source>
        <translation>generate: --bytes muss eine ganze Zahl von 0 bis 1000000 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate: --temperature must be a number from 0 to 1000, not &apos;%1&apos;</source>
        <translation>generate: --temperature muss eine Zahl von 0 bis 1000 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate: --top-k must be a whole number from 0 to 256, not &apos;%1&apos;</source>
        <translation>generate: --top-k muss eine ganze Zahl von 0 bis 256 sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: --seed must be a whole number, not &apos;%1&apos;</source>
        <translation>generate: --seed muss eine ganze Zahl sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate: %1: no such file</source>
        <translation>generate: %1: Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>generate: %1 is not a language-model run (data.name is &apos;%2&apos;); give the config.moelab of a run on a text corpus, or its checkpoint</source>
        <translation>generate: %1 ist kein Sprachmodell-Lauf (data.name ist „%2“); bitte die config.moelab eines Laufs auf einem Textkorpus angeben oder seinen Checkpoint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: %1: the checkpoint %2 is missing (moelab-cli train writes it beside config.moelab)</source>
        <translation>generate: %1: der Checkpoint %2 fehlt (moelab-cli train schreibt ihn neben config.moelab)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generate: cannot use the checkpoint: %1</source>
        <translation>generate: der Checkpoint ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>generate: %1: %2</source>
        <translation>generate: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/train_text.cpp" line="+33"/>
        <source>training the language model on %1 (%2 training bytes, %3 validation bytes), %4 steps</source>
        <translation>Sprachmodell wird auf %1 trainiert (%2 Trainings-Bytes, %3 Validierungs-Bytes), %4 Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 blocks, width %2, %3 heads, context %4; per block %5 experts of width %6, %7, k=%8</source>
        <translation>  %1 Blöcke, Breite %2, %3 Köpfe, Kontext %4; pro Block %5 Experten der Breite %6, %7, k=%8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step %1/%2  train loss %3  val loss %4  (%5 bits per byte)  lr %6  %7 ms per step  (%8 s)</source>
        <translation>Schritt %1/%2  Trainingsverlust %3  Validierungsverlust %4  (%5 Bit pro Byte)  Lernrate %6  %7 ms pro Schritt  (%8 s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training stopped: %1 (the run folder %2 is written; summary.json says &quot;diverged&quot;: true)</source>
        <translation>Training angehalten: %1 (der Laufordner %2 ist geschrieben; summary.json enthält &quot;diverged&quot;: true)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>done: validation loss %1 (%2 bits per byte), %3 steps per second; wrote %4</source>
        <translation>fertig: Validierungsverlust %1 (%2 Bit pro Byte), %3 Schritte pro Sekunde; %4 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/train_parallel.cpp" line="-341"/>
        <source>this moelab-cli was built without MPI, so parallel.ranks &gt; 1 and --stream are not available: install MPI (apt-get install openmpi-bin libopenmpi-dev), build again and start it with mpirun -np P</source>
        <translation>dieses moelab-cli wurde ohne MPI gebaut, daher sind parallel.ranks &gt; 1 und --stream nicht verfügbar: MPI installieren (apt-get install openmpi-bin libopenmpi-dev), neu bauen und mit mpirun -np P starten</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>command refused: %1</source>
        <translation>Befehl abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from step %1 no rank is knocked out</source>
        <translation>ab Schritt %1 ist kein Rank ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from step %1 every expert of rank %2 is knocked out</source>
        <translation>ab Schritt %1 ist jeder Experte von Rank %2 ausgeschaltet</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+11"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>parallel.ranks is %1 but the job has %2 process(es): start it with mpirun -np %1 moelab-cli train --set parallel.ranks=%1 …, or set parallel.ranks=%2 for this job</source>
        <translation>parallel.ranks ist %1, aber der Job hat %2 Prozess(e): mit mpirun -np %1 moelab-cli train --set parallel.ranks=%1 … starten oder für diesen Job parallel.ranks=%2 setzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the language model does not run under expert parallelism yet: choose a vector dataset (e.g. data.name=fashion_mnist) or parallel.ranks=1</source>
        <translation>das Sprachmodell läuft noch nicht mit Expertenparallelität: einen Vektordatensatz wählen (z. B. data.name=fashion_mnist) oder parallel.ranks=1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another rank could not load the dataset</source>
        <translation>ein anderer Rank konnte den Datensatz nicht laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rank 0 cannot write the run folder</source>
        <translation>Rank 0 kann den Laufordner nicht schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another rank could not set up the model</source>
        <translation>ein anderer Rank konnte das Modell nicht aufbauen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training %1 on %2 over %3 ranks (%4 placement): %5 experts, k=%6, %7 steps</source>
        <translation>trainiere %1 auf %2 über %3 Ranks (Platzierung %4): %5 Experten, k=%6, %7 Schritte</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>rank %1: %2</source>
        <translation>Rank %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>done: %1 ranks, %2 all-to-all bytes per step, communication %3% of the step time, max/mean rank load %4; wrote %5</source>
        <translation>fertig: %1 Ranks, %2 All-to-All-Bytes pro Schritt, Kommunikation %3 % der Schrittzeit, max./mittlere Rank-Last %4; geschrieben: %5</translation>
    </message>
    <message>
        <location filename="../app/cli/parallel_report.cpp" line="+153"/>
        <source>the command &apos;%1&apos; is not a JSON object (e.g. {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;})</source>
        <translation>der Befehl &apos;%1&apos; ist kein JSON-Objekt (z. B. {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the command &apos;%1&apos; has no &quot;set&quot; key naming what to change</source>
        <translation>dem Befehl &apos;%1&apos; fehlt der Schlüssel &quot;set&quot;, der sagt, was sich ändern soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; cannot change while the job runs; only parallel.failed_rank can</source>
        <translation>&apos;%1&apos; kann sich nicht ändern, während der Job läuft; nur parallel.failed_rank kann das</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>parallel.failed_rank: &apos;%1&apos; is not a rank (a whole number, or -1 or &quot;none&quot; for none)</source>
        <translation>parallel.failed_rank: &apos;%1&apos; ist kein Rank (eine ganze Zahl, oder -1 bzw. &quot;none&quot; für keinen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the command&apos;s &quot;step&quot; must be a whole number ≥ 1 (the first step it applies to)</source>
        <translation>&quot;step&quot; des Befehls muss eine ganze Zahl ≥ 1 sein (der erste Schritt, für den er gilt)</translation>
    </message>
</context>
</TS>
