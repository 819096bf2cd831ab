// lupdate-only stand-in (never compiled): the texts of app/gui/control_texts.cpp.
//
// control_texts.cpp wraps QT_TRANSLATE_NOOP in its own KT()/CT() macros and calls a local
// helper named tr(), and lupdate (which does not run the preprocessor) then finds none of its
// texts. Until that file writes QT_TRANSLATE_NOOP("ControlTexts", "...") literally and names
// the helper differently, this copy makes lupdate see them in the same context, so the
// control panel is translated. Delete this file once control_texts.cpp is readable by lupdate
// (its entries then stay, found in control_texts.cpp).
//
// Regenerate after control_texts.cpp changes (translations/README.md, "Updating").
static const char *const kControlTexts[] = {
    // data.name
    QT_TRANSLATE_NOOP("ControlTexts", "Dataset"),
    QT_TRANSLATE_NOOP("ControlTexts", "The data the experts learn from: 2-D toy sets show the gate's regions, real sets show which expert takes which class."),
    // data.samples
    QT_TRANSLATE_NOOP("ControlTexts", "Samples"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many examples are generated or kept; more data gives smoother regions but longer epochs."),
    // data.noise
    QT_TRANSLATE_NOOP("ControlTexts", "Noise"),
    QT_TRANSLATE_NOOP("ControlTexts", "How much the toy points scatter; more noise makes the classes overlap and the task harder."),
    // data.seed
    QT_TRANSLATE_NOOP("ControlTexts", "Data seed"),
    QT_TRANSLATE_NOOP("ControlTexts", "The same seed gives the same data and the same train/test split, so two runs can be compared."),
    // data.path
    QT_TRANSLATE_NOOP("ControlTexts", "File"),
    QT_TRANSLATE_NOOP("ControlTexts", "The CSV or IDX file to read when the dataset comes from a file."),
    // data.label_column
    QT_TRANSLATE_NOOP("ControlTexts", "Label column"),
    QT_TRANSLATE_NOOP("ControlTexts", "Which CSV column holds the class label (-1 means the last one)."),
    // data.test_fraction
    QT_TRANSLATE_NOOP("ControlTexts", "Test fraction"),
    QT_TRANSLATE_NOOP("ControlTexts", "The share of samples kept out of training, to measure how well the model generalises."),
    // data.standardize
    QT_TRANSLATE_NOOP("ControlTexts", "Standardize"),
    QT_TRANSLATE_NOOP("ControlTexts", "Shifts and scales every feature to mean 0 and variance 1, which keeps the gate's logits in a good range."),
    // data.classes
    QT_TRANSLATE_NOOP("ControlTexts", "Classes"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many clusters or spiral arms the toy data has: regions the experts can share out among themselves."),
    // model.experts
    QT_TRANSLATE_NOOP("ControlTexts", "Experts"),
    QT_TRANSLATE_NOOP("ControlTexts", "The number of expert networks the gate chooses from; more experts add capacity without adding compute per token."),
    // model.hidden
    QT_TRANSLATE_NOOP("ControlTexts", "Hidden width"),
    QT_TRANSLATE_NOOP("ControlTexts", "The width of each expert's hidden layer, that is, the size of one expert."),
    // model.expert_type
    QT_TRANSLATE_NOOP("ControlTexts", "Expert type"),
    QT_TRANSLATE_NOOP("ControlTexts", "A linear expert draws one straight boundary; an MLP expert can bend its own."),
    // model.activation
    QT_TRANSLATE_NOOP("ControlTexts", "Activation"),
    QT_TRANSLATE_NOOP("ControlTexts", "The non-linearity inside each MLP expert."),
    // model.dropout
    QT_TRANSLATE_NOOP("ControlTexts", "Dropout"),
    QT_TRANSLATE_NOOP("ControlTexts", "Randomly silences hidden units while training so the experts do not memorise the training set."),
    // model.shared_experts
    QT_TRANSLATE_NOOP("ControlTexts", "Shared experts"),
    QT_TRANSLATE_NOOP("ControlTexts", "Experts every token always uses next to the routed ones (as in DeepSeekMoE), to hold what all inputs have in common."),
    // model.fine_grain
    QT_TRANSLATE_NOOP("ControlTexts", "Fine-grained split"),
    QT_TRANSLATE_NOOP("ControlTexts", "Splits each expert into m narrower ones and multiplies k by m: more combinations for the same compute."),
    // model.router_bias
    QT_TRANSLATE_NOOP("ControlTexts", "Router bias"),
    QT_TRANSLATE_NOOP("ControlTexts", "Gives the gate a learnable offset per expert, so it can prefer an expert whatever the input."),
    // model.router_init
    QT_TRANSLATE_NOOP("ControlTexts", "Router init"),
    QT_TRANSLATE_NOOP("ControlTexts", "The spread of the gate's random starting weights; zero makes all experts look alike at the start, which invites collapse."),
    // routing.strategy
    QT_TRANSLATE_NOOP("ControlTexts", "Strategy"),
    QT_TRANSLATE_NOOP("ControlTexts", "How the gate turns its scores into a choice of experts for each token."),
    // routing.k
    QT_TRANSLATE_NOOP("ControlTexts", "k (experts per token)"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many experts each token is sent to; compute per token grows with k, not with the number of experts."),
    // routing.capacity_factor
    QT_TRANSLATE_NOOP("ControlTexts", "Capacity factor"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many tokens an expert may take, relative to an even share; tokens beyond it are dropped (0 = no limit)."),
    // routing.eval_capacity_factor
    QT_TRANSLATE_NOOP("ControlTexts", "Eval capacity factor"),
    QT_TRANSLATE_NOOP("ControlTexts", "The capacity factor used on the test set (0 = the same as in training)."),
    // routing.capacity_rule
    QT_TRANSLATE_NOOP("ControlTexts", "Capacity rounding"),
    QT_TRANSLATE_NOOP("ControlTexts", "How an expert's capacity is rounded to a whole number of tokens."),
    // routing.priority
    QT_TRANSLATE_NOOP("ControlTexts", "Overflow priority"),
    QT_TRANSLATE_NOOP("ControlTexts", "Which tokens keep their place when an expert is full: the first ones, the most confident ones (BPR), or the highest scores."),
    // routing.normalize
    QT_TRANSLATE_NOOP("ControlTexts", "Renormalise top-k"),
    QT_TRANSLATE_NOOP("ControlTexts", "Rescales the chosen experts' weights to sum to one; with k = 1 the weight is then always 1 and the gate learns nothing."),
    // routing.renorm_after_drop
    QT_TRANSLATE_NOOP("ControlTexts", "Renormalise after drops"),
    QT_TRANSLATE_NOOP("ControlTexts", "When capacity drops one of a token's experts, rescales the weights of the ones it kept."),
    // routing.jitter
    QT_TRANSLATE_NOOP("ControlTexts", "Jitter"),
    QT_TRANSLATE_NOOP("ControlTexts", "Multiplies the gate's input by a little random noise while training, so routing does not settle too early."),
    // routing.gshard_threshold
    QT_TRANSLATE_NOOP("ControlTexts", "GShard threshold"),
    QT_TRANSLATE_NOOP("ControlTexts", "GShard keeps a token's second expert only with probability g2 / threshold, saving compute on unsure tokens."),
    // routing.temperature
    QT_TRANSLATE_NOOP("ControlTexts", "Temperature"),
    QT_TRANSLATE_NOOP("ControlTexts", "Divides the gate's scores before sparsemax or entmax; higher is softer, with more experts per token."),
    // balance.aux
    QT_TRANSLATE_NOOP("ControlTexts", "Balance loss"),
    QT_TRANSLATE_NOOP("ControlTexts", "Weight of the Switch loss E·Σ f·P, which pushes the gate to spread tokens evenly over the experts."),
    // balance.aux_convention
    QT_TRANSLATE_NOOP("ControlTexts", "Balance loss convention"),
    QT_TRANSLATE_NOOP("ControlTexts", "How the token fraction f is counted when each token picks k experts (Switch, Mixtral or Megatron style)."),
    // balance.z
    QT_TRANSLATE_NOOP("ControlTexts", "Router z-loss"),
    QT_TRANSLATE_NOOP("ControlTexts", "Penalises large gate scores, which keeps the router numerically stable (ST-MoE)."),
    // balance.importance
    QT_TRANSLATE_NOOP("ControlTexts", "Importance loss"),
    QT_TRANSLATE_NOOP("ControlTexts", "Penalises uneven total gate probability per expert (Shazeer et al., 2017)."),
    // balance.load
    QT_TRANSLATE_NOOP("ControlTexts", "Load loss"),
    QT_TRANSLATE_NOOP("ControlTexts", "Penalises uneven smooth token counts per expert; it relies on the noise of noisy top-k."),
    // balance.bias_rate
    QT_TRANSLATE_NOOP("ControlTexts", "Loss-free bias rate"),
    QT_TRANSLATE_NOOP("ControlTexts", "Balances without any loss: each step raises the selection bias of idle experts and lowers that of busy ones (DeepSeek-V3)."),
    // train.optimizer
    QT_TRANSLATE_NOOP("ControlTexts", "Optimiser"),
    QT_TRANSLATE_NOOP("ControlTexts", "How gradients become weight updates: SGD with momentum, Adam, or AdamW with decoupled weight decay."),
    // train.lr
    QT_TRANSLATE_NOOP("ControlTexts", "Learning rate"),
    QT_TRANSLATE_NOOP("ControlTexts", "The size of each update step; too large and the loss explodes, too small and nothing moves."),
    // train.momentum
    QT_TRANSLATE_NOOP("ControlTexts", "Momentum"),
    QT_TRANSLATE_NOOP("ControlTexts", "How much of the previous SGD update carries into the next, smoothing noisy gradients."),
    // train.weight_decay
    QT_TRANSLATE_NOOP("ControlTexts", "Weight decay"),
    QT_TRANSLATE_NOOP("ControlTexts", "Pulls the weights toward zero at every step, a simple guard against overfitting."),
    // train.batch
    QT_TRANSLATE_NOOP("ControlTexts", "Batch size"),
    QT_TRANSLATE_NOOP("ControlTexts", "Tokens per training step; load statistics and the balance loss are computed over one batch."),
    // train.steps
    QT_TRANSLATE_NOOP("ControlTexts", "Steps"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many training steps the run lasts before it stops by itself."),
    // train.seed
    QT_TRANSLATE_NOOP("ControlTexts", "Seed"),
    QT_TRANSLATE_NOOP("ControlTexts", "The seed of the initial weights, the batches and the noise: the same seed gives the same run."),
    // train.loss
    QT_TRANSLATE_NOOP("ControlTexts", "Task loss"),
    QT_TRANSLATE_NOOP("ControlTexts", "What the model minimises: cross-entropy for classes, squared error for numbers, or the classic mixture losses of Jacobs et al. (1991)."),
    // train.schedule
    QT_TRANSLATE_NOOP("ControlTexts", "Schedule"),
    QT_TRANSLATE_NOOP("ControlTexts", "Train experts and gate together, or in stages: the experts first, then the gate, then both."),
    // train.stage_partition
    QT_TRANSLATE_NOOP("ControlTexts", "Stage partition"),
    QT_TRANSLATE_NOOP("ControlTexts", "In staged training, how the samples are shared out to the experts before the gate learns."),
    // train.stage_steps
    QT_TRANSLATE_NOOP("ControlTexts", "Stage steps"),
    QT_TRANSLATE_NOOP("ControlTexts", "How many steps each stage of staged training lasts."),
    // train.threads
    QT_TRANSLATE_NOOP("ControlTexts", "Threads"),
    QT_TRANSLATE_NOOP("ControlTexts", "CPU threads the engine may use (0 = the default)."),
    // train.eval_every
    QT_TRANSLATE_NOOP("ControlTexts", "Evaluate every"),
    QT_TRANSLATE_NOOP("ControlTexts", "How often, in steps, the model is measured on the test set."),
    // train.clip
    QT_TRANSLATE_NOOP("ControlTexts", "Gradient clipping"),
    QT_TRANSLATE_NOOP("ControlTexts", "Caps the gradient's size so one bad batch cannot throw the weights away (0 = off)."),
    // choice values
    QT_TRANSLATE_NOOP("ControlTexts", "Linear"),  // linear
    QT_TRANSLATE_NOOP("ControlTexts", "MLP"),  // mlp
    QT_TRANSLATE_NOOP("ControlTexts", "ReLU"),  // relu
    QT_TRANSLATE_NOOP("ControlTexts", "GELU"),  // gelu
    QT_TRANSLATE_NOOP("ControlTexts", "tanh"),  // tanh
    QT_TRANSLATE_NOOP("ControlTexts", "Cross-entropy"),  // ce
    QT_TRANSLATE_NOOP("ControlTexts", "Mixture of distributions"),  // mixture
    QT_TRANSLATE_NOOP("ControlTexts", "Mean squared error"),  // mse
    QT_TRANSLATE_NOOP("ControlTexts", "Competitive (Jacobs 1991)"),  // competitive
    QT_TRANSLATE_NOOP("ControlTexts", "SGD"),  // sgd
    QT_TRANSLATE_NOOP("ControlTexts", "Adam"),  // adam
    QT_TRANSLATE_NOOP("ControlTexts", "AdamW"),  // adamw
    QT_TRANSLATE_NOOP("ControlTexts", "Round up"),  // ceil
    QT_TRANSLATE_NOOP("ControlTexts", "Round down (Switch)"),  // floor
    QT_TRANSLATE_NOOP("ControlTexts", "Round to nearest"),  // round
    QT_TRANSLATE_NOOP("ControlTexts", "First come"),  // index
    QT_TRANSLATE_NOOP("ControlTexts", "Most confident (BPR)"),  // bpr
    QT_TRANSLATE_NOOP("ControlTexts", "Highest score"),  // score
    QT_TRANSLATE_NOOP("ControlTexts", "Megatron"),  // megatron
    QT_TRANSLATE_NOOP("ControlTexts", "Mixtral"),  // mixtral
    QT_TRANSLATE_NOOP("ControlTexts", "Switch"),  // switch
    QT_TRANSLATE_NOOP("ControlTexts", "Joint"),  // joint
    QT_TRANSLATE_NOOP("ControlTexts", "Staged"),  // staged
    QT_TRANSLATE_NOOP("ControlTexts", "By class"),  // classes
    QT_TRANSLATE_NOOP("ControlTexts", "By cluster"),  // clusters
    QT_TRANSLATE_NOOP("ControlTexts", "Blobs"),  // blobs
    QT_TRANSLATE_NOOP("ControlTexts", "Spirals"),  // spirals
    QT_TRANSLATE_NOOP("ControlTexts", "Moons"),  // moons
    QT_TRANSLATE_NOOP("ControlTexts", "Circles"),  // circles
    QT_TRANSLATE_NOOP("ControlTexts", "XOR"),  // xor
    QT_TRANSLATE_NOOP("ControlTexts", "Checkerboard"),  // checkerboard
    QT_TRANSLATE_NOOP("ControlTexts", "Sine (1-D regression)"),  // sine
    QT_TRANSLATE_NOOP("ControlTexts", "Piecewise (1-D regression)"),  // piecewise
    QT_TRANSLATE_NOOP("ControlTexts", "Iris"),  // iris
    QT_TRANSLATE_NOOP("ControlTexts", "Wine"),  // wine
    QT_TRANSLATE_NOOP("ControlTexts", "Breast cancer"),  // breast_cancer
    QT_TRANSLATE_NOOP("ControlTexts", "Digits"),  // digits
    QT_TRANSLATE_NOOP("ControlTexts", "Fashion-MNIST"),  // fashion_mnist
    QT_TRANSLATE_NOOP("ControlTexts", "CSV file"),  // csv
    // group titles and warnings
    QT_TRANSLATE_NOOP("ControlTexts", "Data"),
    QT_TRANSLATE_NOOP("ControlTexts", "Model"),
    QT_TRANSLATE_NOOP("ControlTexts", "Routing"),
    QT_TRANSLATE_NOOP("ControlTexts", "Balancing"),
    QT_TRANSLATE_NOOP("ControlTexts", "Training"),
    QT_TRANSLATE_NOOP("ControlTexts", "Top-1 with renormalisation: the gate weight is always 1, so the gate gets no learning signal."),
    QT_TRANSLATE_NOOP("ControlTexts", "With this strategy a token's output depends on the other tokens in its batch."),
    QT_TRANSLATE_NOOP("ControlTexts", "%1 % of the assignments are dropped by the capacity limit."),
    QT_TRANSLATE_NOOP("ControlTexts", "k is larger than the number of active experts; %1 is used."),
    QT_TRANSLATE_NOOP("ControlTexts", "With k ≥ E the smooth load is undefined; hard token counts are used instead."),
    QT_TRANSLATE_NOOP("ControlTexts", "This strategy does not use the balance loss."),
    QT_TRANSLATE_NOOP("ControlTexts", "Tokens that keep a single expert give the gate no gradient; a higher temperature helps."),
    QT_TRANSLATE_NOOP("ControlTexts", "Some experts received no token: %1."),
};
