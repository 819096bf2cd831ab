<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchGradients</name>
    <message>
        <location filename="../app/runs/batch_gradients.cpp" line="+32"/>
        <source>the batch is empty</source>
        <translation>批次为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the batch has %1 features, the model expects %2</source>
        <translation>批次有 %1 个特征，模型需要 %2 个</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the batch has the class &apos;%1&apos;, which the model does not know</source>
        <translation>批次中有模型不认识的类别“%1”</translation>
    </message>
</context>
<context>
    <name>ComparisonPlots</name>
    <message>
        <location filename="../app/runs/comparison_plots.cpp" line="+35"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load coefficient of variation</source>
        <translation>负载变异系数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max / mean expert load</source>
        <translation>最大 / 平均专家负载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dropped fraction</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gate entropy</source>
        <translation>门控熵</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>只有带 QApplication 的程序才能绘制图表</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot draw the comparison plot &apos;%1&apos;: %2</source>
        <translation>无法绘制对比图“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ControlTexts</name>
    <message>
        <location filename="../app/gui/control_texts.cpp" line="+19"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data the experts learn from: 2-D toy sets show the gate&apos;s regions, real sets show which expert takes which class.</source>
        <translation>专家学习所用的数据：二维玩具数据集展示门控网络划分的区域，真实数据集展示哪个专家负责哪个类别。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many examples are generated or kept; more data gives smoother regions but longer epochs.</source>
        <translation>生成或保留多少个样本；数据越多，区域越平滑，但每轮越长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the toy points scatter; more noise makes the classes overlap and the task harder.</source>
        <translation>玩具数据点的离散程度；噪声越大，类别越重叠，任务越难。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data seed</source>
        <translation>数据种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same data and the same train/test split, so two runs can be compared.</source>
        <translation>相同的种子给出相同的数据和相同的训练/测试划分，便于比较两次运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to read when the dataset comes from one: CSV or IDX data, or the UTF-8 text of the text corpus.</source>
        <translation>数据集来自文件时要读取的文件：CSV 或 IDX 数据，或文本语料的 UTF-8 文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which CSV column holds the class label (-1 means the last one).</source>
        <translation>哪一列 CSV 存放类别标签（-1 表示最后一列）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of samples kept out of training, to measure how well the model generalises.</source>
        <translation>不参与训练的样本比例，用于衡量模型的泛化能力。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standardize</source>
        <translation>标准化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts and scales every feature to mean 0 and variance 1, which keeps the gate&apos;s logits in a good range.</source>
        <translation>将每个特征平移缩放到均值 0、方差 1，使门控网络的 logits 保持在合适范围内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many clusters or spiral arms the toy data has: regions the experts can share out among themselves.</source>
        <translation>玩具数据有多少个簇或旋臂：专家可以彼此分配的区域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation windows</source>
        <translation>验证窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many fixed stretches of the validation text the loss is measured on; the same ones at every evaluation (0 = every non-overlapping window).</source>
        <translation>文本数据：在验证文本的多少个固定片段上测量损失；每次评估都用同样的片段（0 = 所有互不重叠的窗口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of expert networks the gate chooses from; more experts add capacity without adding compute per token.</source>
        <translation>门控网络可选择的专家网络数量；更多专家增加模型容量，但不增加每个 token 的计算量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden width</source>
        <translation>隐藏层宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The width of each expert&apos;s hidden layer, that is, the size of one expert.</source>
        <translation>每个专家隐藏层的宽度，即单个专家的大小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert type</source>
        <translation>专家类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A linear expert draws one straight boundary; an MLP expert can bend its own.</source>
        <translation>线性专家只能画一条直线边界；MLP 专家可以画出弯曲的边界。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The non-linearity inside each MLP expert.</source>
        <translation>每个 MLP 专家内部的非线性函数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Randomly silences hidden units while training so the experts do not memorise the training set.</source>
        <translation>训练时随机屏蔽隐藏单元，使专家不会死记训练集。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared experts</source>
        <translation>共享专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experts every token always uses next to the routed ones (as in DeepSeekMoE), to hold what all inputs have in common.</source>
        <translation>除被路由的专家外，每个 token 都始终使用的专家（如 DeepSeekMoE），用来承载所有输入的共性。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fine-grained split</source>
        <translation>细粒度拆分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Splits each expert into m narrower ones and multiplies k by m: more combinations for the same compute.</source>
        <translation>把每个专家拆成 m 个更窄的专家，并把 k 乘以 m：计算量不变，组合更多。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residual</source>
        <translation>残差连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the input to the layer&apos;s output (y = x + MoE(x)), so a token dropped by a full expert still passes through unchanged.</source>
        <translation>把输入加到层的输出上（y = x + MoE(x)），这样被满载专家丢弃的 token 会原样通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router bias</source>
        <translation>路由器偏置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gives the gate a learnable offset per expert, so it can prefer an expert whatever the input.</source>
        <translation>为门控网络的每个专家提供一个可学习的偏移，使其可以不论输入而偏爱某个专家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Router init</source>
        <translation>路由器初始化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spread of the gate&apos;s random starting weights; zero makes all experts look alike at the start, which invites collapse.</source>
        <translation>门控网络随机初始权重的分散程度；为零时所有专家一开始看起来都一样，容易导致坍缩。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks</source>
        <translation>块数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many transformer blocks the language model stacks; each block has its own attention and its own MoE layer with its own router.</source>
        <translation>文本数据：语言模型堆叠多少个 Transformer 块；每个块都有自己的注意力层和自己的 MoE 层，MoE 层有自己的路由器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model width</source>
        <translation>模型宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: the width d of the language model, the length of the vector that stands for each byte as it passes through the blocks.</source>
        <translation>文本数据：语言模型的宽度 d，即每个字节在穿过各块时所对应向量的长度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: attention heads per block; each head looks back over the context on its own. The model width must be a multiple of it.</source>
        <translation>文本数据：每个块的注意力头数；每个头各自回看上下文。模型宽度必须是它的整数倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text data: how many bytes the model sees at once; a byte is predicted from at most this many bytes before it.</source>
        <translation>文本数据：模型一次能看到多少字节；每个字节最多根据它前面这么多字节来预测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the gate turns its scores into a choice of experts for each token.</source>
        <translation>门控网络如何把它的打分变成每个 token 对专家的选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k (experts per token)</source>
        <translation>k（每个 token 的专家数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many experts each token is sent to; compute per token grows with k, not with the number of experts.</source>
        <translation>每个 token 被发往多少个专家；每个 token 的计算量随 k 增长，而不随专家总数增长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity factor</source>
        <translation>容量因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens an expert may take, relative to an even share; tokens beyond it are dropped (0 = no limit).</source>
        <translation>一个专家最多可接收多少 token（相对于平均份额）；超出的 token 被丢弃（0 = 不限）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Eval capacity factor</source>
        <translation>评估容量因子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The capacity factor used on the test set (0 = the same as in training).</source>
        <translation>在测试集上使用的容量因子（0 = 与训练时相同）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity rounding</source>
        <translation>容量取整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How an expert&apos;s capacity is rounded to a whole number of tokens.</source>
        <translation>专家容量如何取整为整数个 token。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overflow priority</source>
        <translation>溢出优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which tokens keep their place when an expert is full: the first ones, the most confident ones (BPR), or the highest scores.</source>
        <translation>专家满载时哪些 token 保留位置：最先到的、最有把握的（BPR），或得分最高的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise top-k</source>
        <translation>top-k 重新归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescales the chosen experts&apos; weights to sum to one; with k = 1 the weight is then always 1 and the gate learns nothing.</source>
        <translation>把被选中专家的权重重新缩放到和为 1；当 k = 1 时权重恒为 1，门控网络什么也学不到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise after drops</source>
        <translation>丢弃后重新归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When capacity drops one of a token&apos;s experts, rescales the weights of the ones it kept.</source>
        <translation>当容量限制丢弃了某个 token 的一个专家时，重新缩放它保留的专家的权重。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jitter</source>
        <translation>抖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplies the gate&apos;s input by a little random noise while training, so routing does not settle too early.</source>
        <translation>训练时给门控网络的输入乘上少量随机噪声，使路由不会过早固定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GShard threshold</source>
        <translation>GShard 阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GShard keeps a token&apos;s second expert only with probability g2 / threshold, saving compute on unsure tokens.</source>
        <translation>GShard 只以 g2 / 阈值 的概率保留 token 的第二个专家，在不确定的 token 上节省计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Divides the gate&apos;s scores before sparsemax or entmax; higher is softer, with more experts per token.</source>
        <translation>在 sparsemax 或 entmax 之前除门控网络的打分；越高越平滑，每个 token 用到的专家越多。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance loss</source>
        <translation>均衡损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the Switch loss E·Σ f·P, which pushes the gate to spread tokens evenly over the experts.</source>
        <translation>Switch 损失 E·Σ f·P 的权重，它促使门控网络把 token 均匀分配给各专家。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance loss convention</source>
        <translation>均衡损失约定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the token fraction f is counted when each token picks k experts (Switch, Mixtral or Megatron style).</source>
        <translation>当每个 token 选 k 个专家时，token 比例 f 如何计数（Switch、Mixtral 或 Megatron 方式）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Router z-loss</source>
        <translation>路由器 z 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises large gate scores, which keeps the router numerically stable (ST-MoE).</source>
        <translation>惩罚过大的门控打分，使路由器在数值上保持稳定（ST-MoE）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance loss</source>
        <translation>重要性损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises uneven total gate probability per expert (Shazeer et al., 2017).</source>
        <translation>惩罚各专家门控概率总和的不均衡（Shazeer 等人，2017）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load loss</source>
        <translation>负载损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalises uneven smooth token counts per expert; it relies on the noise of noisy top-k.</source>
        <translation>惩罚各专家平滑 token 计数的不均衡；它依赖带噪 top-k 的噪声。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss-free bias rate</source>
        <translation>无损失偏置速率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances without any loss: each step raises the selection bias of idle experts and lowers that of busy ones (DeepSeek-V3).</source>
        <translation>不借助任何损失实现均衡：每一步提高空闲专家的选择偏置，降低繁忙专家的选择偏置（DeepSeek-V3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How gradients become weight updates: SGD with momentum, Adam, or AdamW with decoupled weight decay.</source>
        <translation>梯度如何变成权重更新：带动量的 SGD、Adam，或带解耦权重衰减的 AdamW。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The size of each update step; too large and the loss explodes, too small and nothing moves.</source>
        <translation>每次更新的步长；太大损失会爆炸，太小则毫无进展。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the previous SGD update carries into the next, smoothing noisy gradients.</source>
        <translation>上一次 SGD 更新有多少延续到下一次，用来平滑带噪声的梯度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls the weights toward zero at every step, a simple guard against overfitting.</source>
        <translation>每一步都把权重往零拉，是防止过拟合的简单手段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per training step; load statistics and the balance loss are computed over one batch.</source>
        <translation>每个训练步的 token 数；负载统计和均衡损失都在一个批次上计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many training steps the run lasts before it stops by itself.</source>
        <translation>运行在自行停止之前持续多少个训练步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed of the initial weights, the batches and the noise: the same seed gives the same run.</source>
        <translation>初始权重、批次和噪声的随机种子：相同的种子给出相同的运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task loss</source>
        <translation>任务损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the model minimises: cross-entropy for classes, squared error for numbers, or the classic mixture losses of Jacobs et al. (1991).</source>
        <translation>模型最小化的目标：类别用交叉熵，数值用平方误差，或 Jacobs 等人（1991）的经典混合损失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train experts and gate together, or in stages: the experts first, then the gate, then both.</source>
        <translation>专家与门控网络一起训练，或分阶段：先专家，再门控，然后两者一起。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage partition</source>
        <translation>阶段划分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In staged training, how the samples are shared out to the experts before the gate learns.</source>
        <translation>在分阶段训练中，门控网络学习之前样本如何分给各专家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage steps</source>
        <translation>阶段步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many steps each stage of staged training lasts.</source>
        <translation>分阶段训练中每个阶段持续的步数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads the engine may use (0 = the default).</source>
        <translation>计算引擎可使用的 CPU 线程数（0 = 默认）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often, in steps, the model is measured on the test set.</source>
        <translation>每隔多少步在测试集上评估一次模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caps the gradient&apos;s size so one bad batch cannot throw the weights away (0 = off).</source>
        <translation>限制梯度大小，使一个糟糕的批次不至于毁掉权重（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the learning rate constant, or raise it linearly during the warm-up and then let it fall along a cosine to the final learning rate.</source>
        <translation>保持学习率不变，或在预热阶段线性升高，随后沿余弦曲线下降到最终学习率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm-up steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the cosine schedule: the first steps, during which the learning rate climbs from almost zero, so the early large gradients do no harm.</source>
        <translation>使用余弦调度时：最初的若干步，学习率从接近零开始上升，使早期的大梯度不致造成损害。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the cosine schedule: the learning rate the decay ends at on the last step.</source>
        <translation>使用余弦调度时：衰减在最后一步所到达的学习率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adam beta2</source>
        <translation>Adam beta2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How slowly Adam forgets the size of past gradients; 0.99 suits small language models, 0.999 the classic default.</source>
        <translation>Adam 遗忘过去梯度大小的速度有多慢；0.99 适合小型语言模型，0.999 是经典默认值。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Linear</source>
        <translation>线性</translation>
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
        <translation>GELU（tanh 形式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixture of distributions</source>
        <translation>分布的混合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean squared error</source>
        <translation>均方误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competitive (Jacobs 1991)</source>
        <translation>竞争式（Jacobs 1991）</translation>
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
        <translation>向上取整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round down (Switch)</source>
        <translation>向下取整（Switch）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round to nearest</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First come</source>
        <translation>先到先得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most confident (BPR)</source>
        <translation>最有把握（BPR）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest score</source>
        <translation>得分最高</translation>
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
        <translation>联合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staged</source>
        <translation>分阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By cluster</source>
        <translation>按簇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warm-up, then cosine decay</source>
        <translation>预热后余弦衰减</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balancing</source>
        <translation>负载均衡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Top-1 with renormalisation: the gate weight is always 1, so the gate gets no learning signal.</source>
        <translation>top-1 加重新归一化：门控权重恒为 1，门控网络得不到学习信号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With this strategy a token&apos;s output depends on the other tokens in its batch.</source>
        <translation>在此策略下，一个 token 的输出取决于同一批次中的其他 token。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of the assignments are dropped by the capacity limit.</source>
        <translation>%1 % 的分配因容量限制被丢弃。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>k is larger than the number of active experts; %1 is used.</source>
        <translation>k 大于活跃专家数；改用 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With k ≥ E the smooth load is undefined; hard token counts are used instead.</source>
        <translation>当 k ≥ E 时平滑负载无定义；改用硬 token 计数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This strategy does not use the balance loss.</source>
        <translation>此策略不使用均衡损失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens that keep a single expert give the gate no gradient; a higher temperature helps.</source>
        <translation>只保留单个专家的 token 不给门控网络提供梯度；提高温度会有帮助。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some experts received no token: %1.</source>
        <translation>有些专家没有收到任何 token：%1。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Ranks (processes)</source>
        <translation>进程数（rank）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert parallelism: how many MPI processes share the batch and the experts. The window trains in one process; moelab-cli runs P of them with mpirun -np P.</source>
        <translation>专家并行：多少个 MPI 进程共同分担批次和专家。窗口在一个进程中训练；moelab-cli 用 mpirun -np P 运行 P 个进程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert placement</source>
        <translation>专家放置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rank holds each expert: round robin (expert e on rank e mod P) or blocks of neighbouring experts.</source>
        <translation>每个专家由哪个进程持有：轮流（专家 e 在进程 e mod P）或相邻专家成块。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balance statistics</source>
        <translation>均衡统计范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global: the balance loss counts the tokens of all ranks, exactly as one process. Local: each rank balances its own tokens (GShard&apos;s groups).</source>
        <translation>全局：均衡损失统计所有进程的 token，与单进程完全相同。局部：每个进程只均衡自己的 token（GShard 的分组）。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Round robin</source>
        <translation>轮流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In blocks</source>
        <translation>成块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>全局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local</source>
        <translation>局部</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Distributed</source>
        <translation>分布式</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Task correlation ρ</source>
        <translation>任务相关性 ρ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mmoe_synthetic: how related the two tasks are. 1 makes them the same task, 0 unrelated; the MMoE paper&apos;s knob for comparing shared bottom, OMoE and MMoE.</source>
        <translation>mmoe_synthetic：两个任务的相关程度。1 表示同一个任务，0 表示互不相关；MMoE 论文中用来比较共享底层、OMoE 与 MMoE 的旋钮。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task columns</source>
        <translation>任务列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of table columns, comma separated, that become the targets of a multi-task regression (one task each); they leave the inputs. Empty: the data set&apos;s own label.</source>
        <translation>表格列名（逗号分隔），这些列成为多任务回归的目标（每列一个任务），并从输入中移除。留空：使用数据集自身的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gate hidden width</source>
        <translation>门控网络隐藏宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the gate is linear (logits = x·Wg). Above 0 the gate is a small MLP with this many ReLU units, as recommender systems often use; it works with every routing strategy.</source>
        <translation>0：门控网络是线性的（logits = x·Wg）。大于 0 时门控网络是一个带这么多 ReLU 单元的小型 MLP（推荐系统常这样做）；它适用于每种路由策略。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tasks the multi-task model predicts, one per target column; 0 takes as many as the data has.</source>
        <translation>多任务模型预测的任务数，每个目标列一个；0 表示与数据中的目标列数相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gates</source>
        <translation>门控网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: a gate per task over shared experts (MMoE), one gate for all tasks (OMoE), or no gate and one shared-bottom network (the baseline).</source>
        <translation>多任务模型：在共享专家之上每个任务一个门控网络（MMoE）、所有任务共用一个门控网络（OMoE），或者不用门控网络而用一个共享底层网络（基线）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tower width</source>
        <translation>塔宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: hidden units of each task&apos;s own tower, the small network on top of the mixture of experts.</source>
        <translation>多任务模型：每个任务自己的塔（位于专家混合之上的小网络）的隐藏单元数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task weights</source>
        <translation>任务权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-task model: how much each task&apos;s loss counts in the sum that is trained, comma separated, e.g. 1,0.5; empty weighs every task 1.</source>
        <translation>多任务模型：每个任务的损失在训练的总和中所占的权重，逗号分隔，例如 1,0.5；留空则每个任务权重为 1。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A gate per task (MMoE)</source>
        <translation>每个任务一个门控网络（MMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One gate for all tasks (OMoE)</source>
        <translation>所有任务共用一个门控网络（OMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gate: shared bottom</source>
        <translation>无门控网络：共享底层</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Failed rank</source>
        <translation>故障进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulates a failed device: every expert held by this rank is knocked out, and the gate sends their tokens to the experts of the other ranks (-1 = all ranks work).</source>
        <translation>模拟设备故障：停用该进程持有的所有专家，门控把它们的 token 发给其他进程的专家（-1 = 所有进程正常）。</translation>
    </message>
</context>
<context>
    <name>DatasetSource</name>
    <message>
        <location filename="../app/common/dataset_source.cpp" line="+52"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data.name: unknown dataset &apos;%1&apos; (one of: %2)</source>
        <translation>data.name：未知数据集“%1”（可选：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot load the dataset &apos;%1&apos;: %2</source>
        <translation>无法加载数据集“%1”：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot load the text corpus &apos;%1&apos;: %2</source>
        <translation>无法加载文本语料“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Datasets</name>
    <message>
        <location filename="../datasets/catalog.cpp" line="+203"/>
        <source>Gaussian blobs</source>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spirals</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentric circles</source>
        <translation>同心圆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkerboard</source>
        <translation>棋盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Piecewise function (1-D regression)</source>
        <translation>分段函数（一维回归）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MMoE synthetic (two tasks, correlation ρ)</source>
        <translation>MMoE 合成数据（两个任务，相关系数 ρ）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Iris</source>
        <translation>鸢尾花（Iris）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wine</source>
        <translation>葡萄酒（Wine）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Breast Cancer Wisconsin (diagnostic)</source>
        <translation>威斯康星乳腺癌（诊断）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digits 8×8</source>
        <translation>手写数字 8×8</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MNIST</source>
        <translation>MNIST（手写数字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiny Shakespeare (text)</source>
        <translation>Tiny Shakespeare（文本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortunes in English, German and Chinese (text)</source>
        <translation>英文、德文和中文的 fortune 格言（文本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own UTF-8 text file</source>
        <translation>你自己的 UTF-8 文本文件</translation>
    </message>
</context>
<context>
    <name>Divergence</name>
    <message>
        <location filename="../app/gui/divergence_text.cpp" line="+19"/>
        <source>The loss became NaN at step %1.</source>
        <translation>第 %1 步时损失变成了 NaN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss became infinite at step %1.</source>
        <translation>第 %1 步时损失变成了无穷大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss exploded to %1 at step %2 (it started at %3).</source>
        <translation>第 %2 步时损失暴增到 %1（起始值为 %3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gradient became non-finite at step %1.</source>
        <translation>第 %1 步时某个梯度不再是有限值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training was paused and the weights of step %1 were restored. Lower the learning rate (train.lr) and continue.</source>
        <translation>训练已暂停，并恢复了第 %1 步的权重。请降低学习率（train.lr）后继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training was paused. Lower the learning rate (train.lr) and start again.</source>
        <translation>训练已暂停。请降低学习率（train.lr）后重新开始。</translation>
    </message>
</context>
<context>
    <name>ExperimentFile</name>
    <message>
        <location filename="../app/common/experiment_file.cpp" line="+49"/>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1：应为整数，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a number, got %2</source>
        <translation>%1：应为数字，实际为 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected true or false, got %2</source>
        <translation>%1：应为 true 或 false，实际为 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a text value, got %2</source>
        <translation>%1：应为文本，实际为 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown key &apos;%1&apos; ignored</source>
        <translation>已忽略未知键“%1”</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>expected key=value, got &apos;%1&apos;</source>
        <translation>应为 键=值，实际为“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;%1&apos; (see --help for the list of keys)</source>
        <translation>未知键“%1”（键列表见 --help）</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: not a valid experiment file (JSON error at byte %2: %3)</source>
        <translation>%1：不是有效的实验文件（第 %2 字节处 JSON 错误：%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a valid experiment file (expected a JSON object)</source>
        <translation>%1：不是有效的实验文件（应为 JSON 对象）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a MoE Lab experiment file (format &apos;%2&apos;)</source>
        <translation>%1：不是 MoE Lab 实验文件（格式“%2”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &apos;version&apos; must be a positive whole number</source>
        <translation>%1：“version”必须是正整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer MoE Lab (format version %2; this version reads up to %3). Please update MoE Lab.</source>
        <translation>%1 由更新版本的 MoE Lab 写入（格式版本 %2；本版本最高可读 %3）。请更新 MoE Lab。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;config&apos; must be an object</source>
        <translation>%1：“config”必须是对象</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: weights: unsupported encoding</source>
        <translation>%1：权重：不支持的编码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: weights are damaged (bad base64 data or wrong length)</source>
        <translation>%1：权重已损坏（base64 数据有误或长度不对）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &apos;history&apos; must be an array</source>
        <translation>%1：“history”必须是数组</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../app/lessons/lesson.cpp" line="+60"/>
        <source>lesson.%1: expected a list of configuration keys</source>
        <translation>lesson.%1：应为配置键列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lesson.%1: unknown configuration key &quot;%2&quot;</source>
        <translation>lesson.%1：未知配置键“%2”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.step: expected a whole number ≥ 0</source>
        <translation>%1.step：应为 ≥ 0 的整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.action: expected one of %2</source>
        <translation>%1.action：应为 %2 之一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.expert: expected an expert index, &quot;busiest&quot; or &quot;newest&quot;</source>
        <translation>%1.expert：应为专家编号、&quot;busiest&quot; 或 &quot;newest&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.key: unknown configuration key &quot;%2&quot;</source>
        <translation>%1.key：未知配置键“%2”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.value: %2</source>
        <translation>%1.value：%2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>set %1 = %2</source>
        <translation>设置 %1 = %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>knock out expert %1 (the busiest)</source>
        <translation>停用专家 %1（最繁忙的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knock out expert %1</source>
        <translation>停用专家 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore expert %1</source>
        <translation>恢复专家 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add expert %1</source>
        <translation>添加专家 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove expert %1</source>
        <translation>移除专家 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze expert %1</source>
        <translation>冻结专家 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze expert %1</source>
        <translation>解冻专家 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze the experts</source>
        <translation>冻结所有专家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze the experts</source>
        <translation>解冻所有专家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>freeze the gate</source>
        <translation>冻结门控网络</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unfreeze the gate</source>
        <translation>解冻门控网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reset the optimiser</source>
        <translation>重置优化器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: expected a list</source>
        <translation>%1：应为列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lesson.id: expected a snake_case name (letters, digits, _)</source>
        <translation>lesson.id：应为 snake_case 名称（字母、数字、_）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lesson.title: missing</source>
        <translation>lesson.title：缺失</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lesson.check: expected an object</source>
        <translation>lesson.check：应为对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lesson.inspect.sample: expected a row number ≥ 0</source>
        <translation>lesson.inspect.sample：应为 ≥ 0 的行号</translation>
    </message>
</context>
<context>
    <name>LessonCheck</name>
    <message>
        <location filename="../app/lessons/lesson_check.cpp" line="+35"/>
        <source>lesson.check.%1: unknown metric &quot;%2&quot; (known: %3)</source>
        <translation>lesson.check.%1：未知指标“%2”（已知：%3）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lesson.check.variants: expected a non-empty list</source>
        <translation>lesson.check.variants：应为非空列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>variant %1</source>
        <translation>变体 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>calculator: %1 experts × %2 layers, top-%3: one expert %4 B, shared %5 B, total %6 B, active %7 B per token, %8 GFLOP per token</source>
        <translation>计算器：%1 个专家 × %2 层，top-%3：单个专家 %4 B，共享 %5 B，总计 %6 B，每个 token 激活 %7 B，每个 token %8 GFLOP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>calculator total</source>
        <translation>计算器：总计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calculator active</source>
        <translation>计算器：激活</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 B ≈ %3 B (± %4)</source>
        <translation>%1 %2 B ≈ %3 B（± %4）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lesson %1 has no check</source>
        <translation>课程 %1 没有检验</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lesson.check.kind: &quot;%1&quot; is not a check this program knows (compare)</source>
        <translation>lesson.check.kind：“%1”不是本程序认识的检验（compare）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no MPI job: %1 was not found, so the rank figures come from a one-process run and the expert placement, and the checks of the MPI figures are skipped</source>
        <translation>没有 MPI 作业：未找到 %1，因此各进程的数字来自单进程运行和专家的放置，MPI 数字的检查被跳过</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>running: %1</source>
        <translation>运行中：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>running under MPI (%n rank(s)): %1</source>
        <translation>
            <numerusform>在 MPI 下运行（%n 个进程）：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+17"/>
        <location filename="../app/lessons/lm_lesson_run.cpp" line="+83"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: skipped (%2)</source>
        <translation>%1：已跳过（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 ≥ %3</source>
        <translation>%1：%2 ≥ %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 ≤ %3</source>
        <translation>%1：%2 ≤ %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 strictly falling: %2</source>
        <translation>%1 严格递减：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 strictly rising: %2</source>
        <translation>%1 严格递增：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2 / %3: %4 ≥ %5</source>
        <translation>%1，%2 / %3：%4 ≥ %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lesson.check.greater: no such variant</source>
        <translation>lesson.check.greater：没有这个变体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 %3 ≥ %4 %5 + %6</source>
        <translation>%1：%2 %3 ≥ %4 %5 + %6</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>lesson.check: nothing to check (no expect, order, ratio, greater or calculator)</source>
        <translation>lesson.check：没有可检验的内容（无 expect、order、ratio、greater 或 calculator）</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_run.cpp" line="+222"/>
        <source>no dataset</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class×expert MI (bits)</source>
        <translation>类别×专家互信息（比特）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max/mean load</source>
        <translation>最大/平均负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load CV</source>
        <translation>负载变异系数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smallest expert load</source>
        <translation>最小专家负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts in use</source>
        <translation>在用专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens without an expert</source>
        <translation>没有专家的 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>experts per token</source>
        <translation>每个 token 的专家数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters in total</source>
        <translation>参数总数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters active per token</source>
        <translation>每个 token 激活的参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLOPs per token</source>
        <translation>每个 token 的 FLOPs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>router gradient norm</source>
        <translation>路由器梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>combine error</source>
        <translation>组合误差</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy before the event</source>
        <translation>事件前的准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy just after it</source>
        <translation>事件刚结束后的准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy dip</source>
        <translation>准确率下降幅度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy still missing at the end</source>
        <translation>结束时仍缺失的准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load of the event&apos;s expert</source>
        <translation>事件所涉专家的负载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>busiest rank&apos;s share of the rows (one process, by placement)</source>
        <translation>最繁忙进程所占的行比例（单进程，按放置计算）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>busiest rank&apos;s rows per step (one process, by placement)</source>
        <translation>最繁忙进程每步的行数（单进程，按放置计算）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI: rows of the straggler per step</source>
        <translation>MPI：拖后者每步的行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MPI: rows of the least busy rank per step</source>
        <translation>MPI：最空闲进程每步的行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MPI: the straggler&apos;s expert time per step (ms)</source>
        <translation>MPI：拖后者每步的专家时间（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI: step time of the slowest rank (ms)</source>
        <translation>MPI：最慢进程的每步时间（毫秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss (nats per byte)</source>
        <translation>验证损失（每字节 nats）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits per byte</source>
        <translation>每字节比特</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language×expert MI (share of its maximum)</source>
        <translation>语言×专家互信息（占最大值的比例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte class×expert MI (share of its maximum)</source>
        <translation>字节类别×专家互信息（占最大值的比例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max/mean load of the worst block</source>
        <translation>最差块的最大/平均负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction, first quarter of the context</source>
        <translation>丢弃比例，上下文的前四分之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction, last quarter of the context</source>
        <translation>丢弃比例，上下文的最后四分之一</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_check.cpp" line="-215"/>
        <source>lesson.check.seeds: expected a whole number from 1 to 100</source>
        <translation>lesson.check.seeds：应为 1 到 100 之间的整数</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>running: %1 (seed %2 of %3)</source>
        <translation>正在运行：%1（种子 %2 / %3）</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>lesson.check.gap.pairs: expected pairs [a, b] of variant numbers (from 0)</source>
        <translation>lesson.check.gap.pairs：应为变体编号（从 0 开始）的数对 [a, b]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lesson.check.gap.pairs: expected at least two pairs</source>
        <translation>lesson.check.gap.pairs：至少需要两个数对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gap in %1 strictly rising: %2</source>
        <translation>%1 的差距严格上升：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gap in %1 strictly falling: %2</source>
        <translation>%1 的差距严格下降：%2</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_run.cpp" line="-17"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/lm_lesson_run.cpp" line="-17"/>
        <source>no text corpus</source>
        <translation>没有文本语料</translation>
    </message>
    <message>
        <location filename="../app/lessons/mpi_lesson_run.cpp" line="+55"/>
        <source>mpirun or moelab-cli was not found</source>
        <translation>未找到 mpirun 或 moelab-cli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>mpirun did not start: %1</source>
        <translation>mpirun 没有启动：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the MPI job did not finish within %1 s</source>
        <translation>MPI 作业没有在 %1 秒内完成</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the MPI job failed (exit code %1): %2</source>
        <translation>MPI 作业失败（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>LessonLibrary</name>
    <message>
        <location filename="../app/lessons/lesson_library.cpp" line="+113"/>
        <source>%1: no lesson section (a lesson is a .moelab file with a &quot;lesson&quot; object)</source>
        <translation>%1：没有课程部分（课程是带 &quot;lesson&quot; 对象的 .moelab 文件）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lesson %1: the built-in file is missing from this build</source>
        <translation>课程 %1：此版本缺少内置文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no lesson named &quot;%1&quot; (moelab-cli lesson --list shows them)</source>
        <translation>没有名为“%1”的课程（用 moelab-cli lesson --list 查看）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location line="-126"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Experts and the gate</source>
        <translation>专家与门控网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+10"/>
        <source>Balance loss off vs on</source>
        <translation>均衡损失：关闭 vs 开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Collapse: a zero router without noise</source>
        <translation>坍缩：零初始化的路由器且无噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+15"/>
        <source>Capacity and dropped tokens</source>
        <translation>容量与被丢弃的 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+14"/>
        <source>Expert choice: balanced by construction</source>
        <translation>Expert Choice（专家选择）：天然均衡</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+11"/>
        <source>Top-1 vs top-2: where the gate&apos;s signal comes from</source>
        <translation>Top-1 vs top-2：门控的学习信号从何而来</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+14"/>
        <source>Sparse compute: total vs active parameters</source>
        <translation>稀疏计算：总参数 vs 激活参数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Fault tolerance: knock an expert out</source>
        <translation>容错：停用一个专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+11"/>
        <source>Flexibility: add an expert while training</source>
        <translation>灵活性：训练中添加专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Staged vs joint training</source>
        <translation>分阶段训练 vs 联合训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+13"/>
        <source>Inference step by step</source>
        <translation>逐步推理</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+12"/>
        <source>The routers side by side</source>
        <translation>各种路由器并排对比</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+51"/>
        <source>Language model: experts specialise by script</source>
        <translation>语言模型：专家按文字专业化</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: without a balance loss a block collapses</source>
        <translation>语言模型：没有均衡损失，块会坍缩</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: where capacity drops fall in the context</source>
        <translation>语言模型：容量丢弃落在上下文的哪里</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+17"/>
        <source>Language model: dense or MoE at the same active compute</source>
        <translation>语言模型：相同激活计算量下的稠密模型与 MoE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/lessons/lesson_texts.cpp" line="+16"/>
        <source>Expert parallelism: the straggler, balance loss off vs on</source>
        <translation>专家并行：拖后者，均衡损失关与开</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_texts.cpp" line="-256"/>
        <source>A mixture of experts is a few small networks (the experts) and a gate that decides, for each input, how much to trust each of them. Here the gate is dense: every expert sees every point and the gate mixes their answers with softmax weights.

The data are four clusters. Watch the region map: the gate carves the plane into areas, and the specialization matrix shows which expert handles which class. The mutual information between class and expert (in bits, at most 2 for four classes) measures how specialized the experts became.</source>
        <translation>混合专家模型由几个小网络（专家）和一个门控网络组成，门控网络针对每个输入决定对每个专家信任多少。这里的门控是稠密的：每个专家都会看到每个点，门控网络用 softmax 权重混合它们的回答。

数据由四个簇组成。观察区域图：门控网络把平面划分成若干区域，专业化矩阵显示哪个专家负责哪个类别。类别与专家之间的互信息（以比特计，四个类别时最多为 2）衡量专家的专业化程度。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dense gate on four clusters</source>
        <translation>四个簇上的稠密门控</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+255"/>
        <source>without the balance loss</source>
        <translation>不使用均衡损失</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>with the balance loss</source>
        <translation>使用均衡损失</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>zero router, no noise</source>
        <translation>零初始化路由器，无噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero router with noise</source>
        <translation>零初始化路由器，加噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>small random router</source>
        <translation>小随机初始化的路由器</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+190"/>
        <source>capacity factor 1.0</source>
        <translation>容量因子 1.0</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+190"/>
        <source>capacity factor 1.25</source>
        <translation>容量因子 1.25</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>capacity factor 2.0</source>
        <translation>容量因子 2.0</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expert choice, capacity factor 1</source>
        <translation>Expert Choice（专家选择），容量因子 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With top-k routing the combine weights are the softmax of the chosen experts&apos; logits, renormalised to sum to 1. With k = 2 the two weights trade off against each other, and the task loss tells the router which of the two should get more.

With k = 1 the single weight is always exactly 1: a constant. The task loss has no gradient with respect to the router at all, so the gate can only learn from a balancing loss. This is why Switch top-1 does not renormalise: it multiplies the expert&apos;s output by its softmax probability, which does carry a signal. The check computes the router&apos;s gradient on one batch: exactly 0 for renormalised top-1.</source>
        <translation>在 top-k 路由中，组合权重是被选中专家的 logits 的 softmax，再重新归一化使其和为 1。当 k = 2 时，两个权重此消彼长，任务损失会告诉路由器两者中哪一个应该得到更多。

当 k = 1 时，唯一的权重总是恰好为 1：一个常数。任务损失对路由器根本没有梯度，因此门控网络只能从均衡损失中学习。这就是 Switch top-1 不做重新归一化的原因：它把专家的输出乘以该专家的 softmax 概率，而这个概率确实携带信号。检验会在一个批次上计算路由器的梯度：对重新归一化的 top-1 而言恰好为 0。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>top-1, renormalised</source>
        <translation>top-1，重新归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-2, renormalised</source>
        <translation>top-2，重新归一化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch top-1 (not renormalised)</source>
        <translation>Switch top-1（不重新归一化）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sparse MoE has many parameters but uses only a few of them for each token: the router picks k of the E experts, and only those run. Memory grows with the total, compute with the active parameters.

Mixtral 8×7B has 8 experts per layer and uses 2: 46.7 B parameters in total, but only 12.9 B active per token, so it runs at the speed of a 13 B model. The calculator counts it weight by weight: each expert is 3 · 4096 · 14336 weights per layer over 32 layers (5.64 B), the attention, embeddings, router and norms that every token uses add 1.61 B; total = 1.61 + 8 · 5.64, active = 1.61 + 2 · 5.64. Change model.experts and routing.k and watch the total and active counts of this model.</source>
        <translation>稀疏 MoE 拥有大量参数，但对每个 token 只使用其中少数：路由器从 E 个专家中挑选 k 个，只有它们会运行。内存随总参数量增长，计算量随激活参数量增长。

Mixtral 8×7B 每层有 8 个专家，每次使用 2 个：总共 46.7 B 参数，但每个 token 只激活 12.9 B，因此它的运行速度相当于一个 13 B 的模型。计算器逐个权重地统计：每个专家每层有 3 · 4096 · 14336 个权重，共 32 层（5.64 B）；每个 token 都会用到的注意力层、嵌入层、路由器和归一化层另占 1.61 B；总计 = 1.61 + 8 · 5.64，激活 = 1.61 + 2 · 5.64。修改 model.experts 和 routing.k，观察该模型的总参数量和激活参数量。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dense, 8 experts</source>
        <translation>稠密，8 个专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-2 of 8 experts</source>
        <translation>8 个专家中选 top-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At step 300 the busiest expert fails: the router can no longer send tokens to it. The tokens it handled fall to their second-best expert, which never learned them, so the accuracy dips at once. Training goes on: the router learns where to send those tokens and the remaining experts take over the region. The knocked-out expert&apos;s load stays at 0.

Watch the accuracy curve and the load bars around step 300, and the region map before and after. You can knock out and restore experts yourself at any time.</source>
        <translation>第 300 步时，最繁忙的专家失效：路由器再也无法把 token 发给它。它原先处理的 token 落到各自的次优专家上，而这些专家从未学过它们，因此准确率立刻下降。训练继续进行：路由器学会把这些 token 送往何处，其余专家接管这片区域。被停用专家的负载保持为 0。

观察第 300 步前后的准确率曲线和负载柱，以及之前和之后的区域图。你随时可以自己停用或恢复专家。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The busiest expert fails.</source>
        <translation>最繁忙的专家失效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>knock-out at step 300</source>
        <translation>第 300 步停用专家</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A third expert joins.</source>
        <translation>第三个专家加入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fourth expert joins.</source>
        <translation>第四个专家加入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two experts, then four</source>
        <translation>先两个专家，后四个</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>A small MoE transformer (2 blocks, 8 experts each, top-2) learns to predict the next byte of fortune cookies in English, German and Chinese. Nobody tells the router which language a byte belongs to, and the three languages share one vocabulary of 256 bytes. Yet a Chinese character is three bytes, a lead byte 0xE4–0xE9 and two continuation bytes, while English and German are mostly ASCII letters: the routers soon send the bytes of each script to experts of their own.

Watch the token view in the middle with the Byte specialisation tab: the Chinese stretches turn into a few colours of their own, and the language × expert matrix fills its diagonal. The check measures the mutual information between language and top-1 expert as a share of its maximum, on 16 KB of validation text: after 600 steps it reached 0.35 in the best block (seed 1), against 0.01 for the untrained model. Byte classes (letters, spaces, UTF-8 lead and continuation bytes) explain even more of the routing (0.53). Switch blocks with the Block selector: the blocks do not specialise alike.</source>
        <translation>一个小型 MoE Transformer（2 个块，每块 8 个专家，top-2）学习预测英语、德语和中文幸运饼干语句的下一个字节。没有人告诉路由器一个字节属于哪种语言，三种语言共用 256 个字节的词表。但一个汉字由三个字节组成：一个首字节 0xE4–0xE9 和两个后续字节，而英语和德语大多是 ASCII 字母：路由器很快就把每种文字的字节送往各自的专家。

请观察中间的 token 视图和“字节专业化”标签页：中文段落变成几种自己的颜色，语言 × 专家矩阵填满对角线。检验在 16 KB 验证文本上测量语言与 top-1 专家之间的互信息占其最大值的比例：训练 600 步后，最好的块达到 0.35（随机种子 1），未训练的模型只有 0.01。字节类别（字母、空格、UTF-8 首字节和后续字节）解释了更多的路由（0.53）。用块选择器切换块：各个块的专业化并不相同。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trained for 600 steps</source>
        <translation>训练 600 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untrained (1 step)</source>
        <translation>未训练（1 步）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every block of the language model has its own router, and each router is free to favour a few experts: an expert that gets more bytes learns faster, so the router sends it even more. The balance loss (balance.aux, Switch Transformer&apos;s E·Σ f·P, here 0.01 per block) pushes back.

The check trains the same model on Tiny Shakespeare twice for 600 steps, once without the balance loss and once with it, and compares the busiest expert&apos;s share with an even share in the worst block (max/mean load over the last quarter of the steps). Without the loss it reached 3.4 (seed 1; 3.8 with seed 2): one expert takes more than three times its share, others starve. With the loss it stays at 1.2. The validation loss barely differs after so few steps (2.36 against 2.39 nats per byte): balance is about using the capacity that the experts offer, and about speed on real hardware, where the busiest expert sets the pace. In the window, set the balance loss to 0 while it trains and watch a row of the Blocks × experts heatmap go dark in a few places; the health figures under it show max/mean and dead experts.</source>
        <translation>语言模型的每个块都有自己的路由器，每个路由器都可以偏爱少数专家：得到更多字节的专家学得更快，于是路由器给它更多。均衡损失（balance.aux，Switch Transformer 的 E·Σ f·P，这里每块 0.01）与之抗衡。

检验在 Tiny Shakespeare 上把同一个模型训练两次、各 600 步，一次没有均衡损失，一次有，并比较最差块中最繁忙专家的份额与平均份额之比（最后四分之一步数上的最大/平均负载）。没有该损失时达到 3.4（随机种子 1；种子 2 为 3.8）：一个专家承担了三倍多的份额，其他专家饿死。有该损失时保持在 1.2。经过这么少的步数，验证损失几乎没有差别（每字节 2.36 对 2.39 nats）：均衡关乎用好专家提供的容量，也关乎真实硬件上的速度，因为最繁忙的专家决定节奏。在窗口中训练时把均衡损失设为 0，观察“块 × 专家”热力图的一行在几处变暗；下面的健康指标显示最大/平均负载和死亡专家。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no balance loss</source>
        <translation>没有均衡损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balance loss 0.01</source>
        <translation>均衡损失 0.01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a capacity factor, each expert of a block takes at most capacity_factor · (tokens · k / E) assignments per batch; the rest are dropped and the byte passes that block&apos;s MoE layer through the residual only. OpenMoE reported that drops pile up at the end of sequences, where the model has seen more context and its routing is more decided. The Drops by position view shows the dropped fraction against the position in the 64-byte context, per block.

The check trains with capacity factor 1.0 and 1.25 for 600 steps. At 1.0 about 5–6 % of the assignments are dropped (seed 1: 6.1 %), at 1.25 almost none (0.1 %). Where they fall is the honest part of this lesson: in this small model on Tiny Shakespeare they do not pile up late. Seed 1 dropped 6.7 % in the first quarter of the context and 5.8 % in the last; seed 2 3.9 % and 6.1 %. Early and late positions lose about the same share; the pile-up OpenMoE saw needs longer contexts and larger models than a 64-byte window. Try turning the balance loss off as well: the drops rise to 20–30 % everywhere.</source>
        <translation>设置容量因子后，块中每个专家每个批次最多接收 capacity_factor · (tokens · k / E) 个分配；其余的被丢弃，该字节只通过残差连接越过这个块的 MoE 层。OpenMoE 报告说丢弃集中在序列末尾，那里模型看到了更多上下文，路由更加确定。“按位置的丢弃”视图按块显示丢弃比例随 64 字节上下文中位置的变化。

检验分别以容量因子 1.0 和 1.25 训练 600 步。容量因子 1.0 时约有 5–6 % 的分配被丢弃（随机种子 1：6.1 %），1.25 时几乎没有（0.1 %）。丢弃落在哪里，是本课诚实的部分：在 Tiny Shakespeare 上的这个小模型中，丢弃并没有集中在末尾。种子 1 在上下文前四分之一丢弃 6.7 %，最后四分之一丢弃 5.8 %；种子 2 分别为 3.9 % 和 6.1 %。前后位置损失的份额大致相同；OpenMoE 看到的集中现象需要比 64 字节窗口更长的上下文和更大的模型。再把均衡损失关掉：各处的丢弃都升到 20–30 %。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The question behind every MoE language model: for the same compute per token, do routed experts beat one dense feed-forward layer? Here both models have 2 blocks of width 64. The dense one has one MLP of hidden width 256 (4d) per block; the MoE one has 8 experts of width 128 per block and sends each byte to 2 of them, so each byte uses the same 2 · 128 = 256 hidden units. Active parameters per byte are nearly equal (120,704 dense against 121,728 MoE: the router adds 8 · 64 per block), while the MoE model holds about four times as many expert parameters in total.

After 1500 steps on Tiny Shakespeare the MoE model reached a validation loss of 2.09 nats per byte (seed 1) against 2.20 for the dense one. After only 600 steps the two were level (2.39 against 2.39): the experts need steps to share the work out before the extra capacity pays. The Loss view shows both nats and bits per byte, and the title states total and active parameters and FLOPs per byte.</source>
        <translation>每个 MoE 语言模型背后的问题：在每个 token 计算量相同的情况下，路由的专家能否胜过一个稠密前馈层？这里两个模型都有 2 个宽度为 64 的块。稠密模型每块有一个隐藏宽度为 256（4d）的 MLP；MoE 模型每块有 8 个宽度为 128 的专家，每个字节送往其中 2 个，因此每个字节使用同样的 2 · 128 = 256 个隐藏单元。每字节的激活参数几乎相同（稠密 120,704，MoE 121,728：路由器每块增加 8 · 64），而 MoE 模型的专家参数总数约为四倍。

在 Tiny Shakespeare 上训练 1500 步后，MoE 模型的验证损失为每字节 2.09 nats（随机种子 1），稠密模型为 2.20。只训练 600 步时两者持平（2.39 对 2.39）：专家需要一些步数来分工，额外的容量才会见效。损失视图同时显示 nats 和每字节比特，其标题给出总参数、激活参数和每字节 FLOPs。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dense (1 MLP of width 4d)</source>
        <translation>稠密（1 个宽度为 4d 的 MLP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoE (top-2 of 8 experts of width 2d)</source>
        <translation>MoE（8 个宽度为 2d 的专家中选 top-2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under expert parallelism every rank holds some of the experts (here two ranks, experts 0, 2, 4, 6 on rank 0 and 1, 3, 5, 7 on rank 1) and every step waits for the rank with the most expert work: the straggler. So an unbalanced router costs time, not only quality.

This lesson starts without the balance loss (balance.aux = 0). Switch routing then collapses: within a few hundred steps nearly every image goes to one expert, so one rank does all the expert work while the other waits in MPI. Run it in the Distributed dock (Run with MPI, 2 ranks) and watch the load bars and the compute/MPI split, then set balance.aux to 0.1 and run again: the two ranks share the rows.

The check trains both settings in one process and counts the rows each rank would get from the expert placement, and, when Open MPI and moelab-cli are installed, also runs them as real two-rank jobs (mpirun -np 2). Measured with seed 1 on a 2-core machine: without the balance loss rank 0 processed 256 of the 256 rows of every step (the one-process placement says the same: a share of 1.000), its experts took 1.5 ms per step, and rank 1 processed none; with it the busiest rank processed 139 rows, the other 117 (share 0.52), in 0.64 ms. The rest of the step (router, loss, backward, the all-to-all) is as large as the experts&apos; work in a model this small, so the step time moves less than the straggler&apos;s expert time: 1.9 against 1.2 ms per step on a quiet machine, 4.6 against 3.8 ms on a busy one, where it can even go the other way; the row counts do not.</source>
        <translation>在专家并行中，每个进程持有一部分专家（这里是两个进程：专家 0、2、4、6 在进程 0 上，1、3、5、7 在进程 1 上），而每一步都要等专家工作最多的那个进程：拖后者。所以不均衡的路由器不仅损害质量，还浪费时间。

本课开始时没有均衡损失（balance.aux = 0）。这时 Switch 路由会坍缩：几百步之内几乎每张图片都发给同一个专家，于是一个进程承担了全部专家工作，另一个进程在 MPI 中等待。在“分布式”停靠窗口中运行它（用 MPI 运行，2 个进程），观察负载柱和计算/MPI 的划分，然后把 balance.aux 设为 0.1 再运行一次：两个进程分担了这些行。

检查在单进程中训练两种设置，并按专家的放置计算每个进程会得到的行数；如果安装了 Open MPI 和 moelab-cli，还会把它们作为真正的双进程作业运行（mpirun -np 2）。在一台 2 核机器上用种子 1 测得：没有均衡损失时，进程 0 处理了每步 256 行中的全部 256 行（单进程按放置的计算结果相同：比例 1.000），它的专家每步用时 1.5 毫秒，进程 1 一行也没有处理；有均衡损失时，最繁忙的进程处理 139 行，另一个 117 行（比例 0.52），用时 0.64 毫秒。在这么小的模型里，一步中其余的部分（路由器、损失、反向传播、all-to-all 交换）和专家的工作一样多，所以每步时间的变化小于拖后者专家时间的变化：在空闲的机器上每步 1.9 毫秒对 1.2 毫秒，在繁忙的机器上 4.6 毫秒对 3.8 毫秒，甚至可能反过来；行数则不会。</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Sixteen experts, eight clusters. Left alone, a learned router tends to favour the experts that happen to be good early: they get more tokens, learn faster and get even more tokens. Shazeer et al. (2017) measured the ratio of the busiest expert&apos;s load to the mean load: 17.8 without a balancing loss, 1.07 to 1.47 with one.

This lesson starts with the auxiliary loss off (balance.aux = 0). Watch the load bars pile up on a few experts, then turn balance.aux up to 0.3 (large for a small model; the Switch paper used 0.01): the Switch loss α·E·Σ f_i·P_i pushes the router&apos;s probability away from busy experts and the bars even out.</source>
        <translation>十六个专家，八个簇。若放任不管，学习得到的路由器往往偏爱那些碰巧早期表现好的专家：它们得到更多 token，学得更快，进而得到更多 token。Shazeer 等人（2017）测量了最繁忙专家的负载与平均负载之比：没有均衡损失时为 17.8，有均衡损失时为 1.07 到 1.47。

本课开始时辅助损失是关闭的（balance.aux = 0）。观察负载柱如何堆积在少数几个专家上，然后把 balance.aux 调到 0.3（对小模型来说偏大；Switch 论文用的是 0.01）：Switch 损失 α·E·Σ f_i·P_i 会把路由器的概率从繁忙的专家身上推开，负载柱随之变得均匀。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The router starts with all its weights at zero, so every expert gets the same logit for every wine sample, and the tie is broken the same way every time: all tokens go to expert 0. Nothing breaks the symmetry: the router here is top-1 with renormalised weights and no balancing loss, so it gets no gradient at all (lesson 6 shows why), and the other experts never see a token. The router has collapsed: max/mean load = E/k = 4.

Two cures. Noise: noisy top-k adds a random amount to each logit during training, as Shazeer et al. did with their zero-initialised gate, and the tokens spread over all experts. Or a small random initialisation of the router (model.router_init): each expert wins its own part of the input space from the start. Try each and watch the load bars.</source>
        <translation>路由器的所有权重都从零开始，因此对每个葡萄酒样本，每个专家得到的 logit 都相同，而平局每次都以同样的方式打破：所有 token 都去往专家 0。没有任何东西打破这种对称：这里的路由器是权重重新归一化的 top-1，且没有均衡损失，因此它完全得不到梯度（第 6 课解释原因），其他专家永远见不到 token。路由器已经坍缩：最大/平均负载 = E/k = 4。

两种对策。噪声：带噪 top-k 在训练时给每个 logit 加上一个随机量，正如 Shazeer 等人对零初始化的门控网络所做的那样，token 于是分散到所有专家。或者给路由器一个小的随机初始化（model.router_init）：每个专家从一开始就赢得输入空间中属于自己的一块。两种都试试，并观察负载柱。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On real hardware each expert gets a fixed buffer: capacity C = capacity factor × tokens / experts (here 1.25 × 64 / 4 = 20 tokens per batch). A token routed to a full expert is dropped: it skips the expert layer (its output is zero, or the input itself with a residual).

The Switch Transformer&apos;s trade-off: a capacity factor of 1.0 is cheapest but drops the most tokens, 1.25 drops fewer, 2.0 hardly any but reserves twice the memory and compute. Even with a balance loss the batches are never perfectly even, so some expert always overflows a tight buffer. Change routing.capacity_factor while it trains and watch the dropped fraction and the capacity line on the load bars.</source>
        <translation>在真实硬件上，每个专家有一个固定大小的缓冲区：容量 C = 容量因子 × token 数 / 专家数（这里是 1.25 × 64 / 4 = 每批 20 个 token）。被路由到已满专家的 token 会被丢弃：它跳过专家层（输出为零；有残差连接时就是输入本身）。

Switch Transformer 的权衡：容量因子 1.0 最省，但丢弃的 token 最多；1.25 丢得少一些；2.0 几乎不丢，但要预留两倍的内存和计算。即使有均衡损失，各批次也从不会完全均匀，因此总有某个专家会撑爆过紧的缓冲区。在训练过程中修改 routing.capacity_factor，观察丢弃比例以及负载柱上的容量线。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token choice lets every token pick its experts, so experts can be overloaded. Expert choice (Zhou et al. 2022) turns it around: every expert picks its favourite tokens from the batch, exactly capacity factor × k × tokens / experts of them (here 1 × 1 × 64 / 4 = 16). Every expert is therefore exactly full: the load CV is 0 with no balancing loss at all.

The price: some tokens are picked by several experts and some by none. Watch the number of tokens without an expert, and raise routing.capacity_factor or routing.k to make it shrink.</source>
        <translation>Token Choice（token 选择）路由让每个 token 挑选自己的专家，因此专家可能过载。Expert Choice（专家选择，Zhou 等人 2022）反其道而行：每个专家从批次中挑选自己最中意的 token，数量恰好是 容量因子 × k × token 数 / 专家数（这里是 1 × 1 × 64 / 4 = 16）。因此每个专家都恰好满载：即使完全没有均衡损失，负载变异系数也为 0。

代价是：有些 token 被多个专家选中，有些则一个也没有。观察没有专家的 token 数量，并调高 routing.capacity_factor 或 routing.k 让它减少。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The model starts with two experts. At step 200 a third one is added and at step 300 a fourth: each starts untrained, with a fresh router column, while the others keep what they learned. The balance loss pulls tokens towards the newcomers, they start to learn, and soon they carry their share of the load. (Now and then a newcomer even takes over the whole region of an old expert: the division of labour is renegotiated, not just extended.)

Watch the load history: a new band appears and widens. You can add or remove experts yourself with model.experts while training runs.</source>
        <translation>模型从两个专家开始。第 200 步加入第三个专家，第 300 步加入第四个：每个新专家都未经训练，带着一列新的路由器权重，而其他专家保留已学到的内容。负载均衡损失把 token 引向新来者，它们开始学习，很快就承担起自己那一份负载。（有时新来者甚至会接管某个老专家的整片区域：分工是在重新协商，而不只是扩展。）

观察负载历史：会出现一条新的色带并逐渐变宽。训练进行时，你也可以用 model.experts 自己添加或移除专家。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Eight clusters, eight experts. Joint training learns experts and gate together from the start: whichever expert is slightly better for a region gets it, and the division of labour is whatever falls out. Staged training makes it explicit, in the spirit of the EM view of Jordan and Jacobs: first each expert trains on its own part of the data (here: its own class), then the gate learns, with the experts frozen, whom to ask, then everything is fine-tuned together.

Both reach a good accuracy. Compare the specialization matrices: after staged training each class goes to its own expert, so the mutual information between class and expert comes close to its maximum of 3 bits; after joint training it is typically well below.</source>
        <translation>八个簇，八个专家。联合训练从一开始就同时学习专家和门控网络：哪个专家在某个区域稍好一点，该区域就归它，分工如何完全顺其自然。分阶段训练则把分工明确化，沿袭 Jordan 和 Jacobs 的 EM 观点：先让每个专家在自己那部分数据上训练（这里是各自的类别），然后在冻结专家的情况下让门控网络学习该询问谁，最后一起微调全部参数。

两者都能达到不错的准确率。比较专业化矩阵：分阶段训练后每个类别都去往自己的专家，因此类别与专家之间的互信息接近其最大值 3 比特；联合训练后通常明显低于此值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>staged</source>
        <translation>分阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joint</source>
        <translation>联合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How does a trained MoE answer for one input? Three steps. Route: the router multiplies the input by its weights and gets one logit per expert; a softmax turns them into probabilities. Select: the k experts with the largest logits are chosen and their probabilities renormalised to weights that sum to 1; the other experts do not run at all. Combine: each chosen expert computes its answer and the output is the weighted sum y = Σ w_e · f_e(x).

Open the inference inspector and click points in the plane: follow the logits, the choice and the sum. The check rebuilds the sum by hand from the inspector&apos;s numbers for many samples and compares it with the model&apos;s output.</source>
        <translation>训练好的 MoE 如何回答一个输入？分三步。路由：路由器用其权重乘以输入，为每个专家得到一个 logit；softmax 把它们变成概率。选择：选出 logit 最大的 k 个专家，并把它们的概率重新归一化为和为 1 的权重；其他专家根本不运行。组合：每个被选中的专家计算自己的回答，输出是加权和 y = Σ w_e · f_e(x)。

打开推理检查器并点击平面上的点：跟踪 logits、选择和求和。检验会用检查器中的数字为许多样本手工重建这个和，并与模型的输出比较。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>top-2 of 4</source>
        <translation>4 选 top-2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same data and the same experts, with every router this program knows: dense softmax gating, top-k, noisy top-k, Switch top-1, GShard top-2, expert choice, and where available sparsemax and entmax (sparse softmax: the gate itself puts exact zeros on weak experts, so the number of experts per token varies), Soft MoE, hash routing, BASE layers and Sinkhorn.

Switch routing.strategy and compare the test accuracy, the load balance and the region maps. On easy data they all learn; they differ in how they spread the work and what it costs.</source>
        <translation>相同的数据、相同的专家，换上本程序认识的每一种路由器：稠密 softmax 门控、top-k、带噪 top-k、Switch top-1、GShard top-2、Expert Choice（专家选择），以及（若可用）sparsemax 和 entmax（稀疏 softmax：门控本身就给弱专家精确的零权重，因此每个 token 的专家数会变化）、Soft MoE、哈希路由、BASE 层和 Sinkhorn。

切换 routing.strategy，比较测试准确率、负载均衡情况和区域图。在简单数据上它们都能学会；区别在于如何分摊工作以及代价如何。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noisy top-k</source>
        <translation>带噪 top-k</translation>
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
        <translation>Expert Choice（专家选择）</translation>
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
        <translation>哈希</translation>
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
        <translation>多门控 MoE：每个任务一个门控网络</translation>
    </message>
    <message>
        <location filename="../app/lessons/lesson_texts.cpp" line="+1"/>
        <source>Two regression tasks share one model, as click and like predictions share a recommender. The data is the synthetic pair of Ma et al. (KDD 2018): each label is a linear part w_k·x plus ten sine terms of it, and the knob data.task_correlation ρ sets the cosine between w_1 and w_2. At ρ = 1 the two tasks are the same task; at ρ = 0 they are unrelated.

Three models with the same experts&apos; budget: a shared bottom (one network of 8 × 4 units for both tasks, model.gates = none), OMoE (8 experts of 4 units, one gate for both tasks, shared) and MMoE (the same experts, one gate per task, per_task). Each task has its own small tower on top.

The check trains all nine combinations with five seeds (data and training) and averages the test loss (the sum of the two tasks&apos; mean squared errors). It got: ρ = 1: shared bottom 0.178, OMoE 0.130, MMoE 0.125; ρ = 0.5: 0.125, 0.184, 0.124; ρ = 0: 0.137, 0.158, 0.112. With identical tasks one gate is as good as two; as the tasks drift apart the single gate must send both tasks to the same mixture of experts and falls behind, while a gate per task lets each task pick its own experts (look at the gate-weight matrix). MMoE&apos;s advantage over OMoE grows from 0.005 at ρ = 1 to 0.046 at ρ = 0, which is what the check asks for.

The paper also reports the shared bottom degrading as ρ falls. In this small set-up it does not, reliably: over five seeds its loss is noisy (0.178, 0.125, 0.137), and MMoE&apos;s lead over it does not grow with falling ρ. Run moelab-cli sweep --vary data.task_correlation=1,0.5,0 --vary model.gates=none,shared,per_task with more seeds to see the spread for yourself.</source>
        <translation>两个回归任务共用一个模型，就像推荐系统中的点击预测与点赞预测共用一个模型。数据是 Ma 等人（KDD 2018）的合成任务对：每个标签是线性部分 w_k·x 加上它的十个正弦项，旋钮 data.task_correlation ρ 设定 w_1 与 w_2 之间的余弦。ρ = 1 时两个任务是同一个任务；ρ = 0 时它们互不相关。

三个专家预算相同的模型：共享底层（两个任务共用一个 8 × 4 单元的网络，model.gates = none）、OMoE（8 个各 4 单元的专家，两个任务共用一个门控网络，shared）和 MMoE（相同的专家，每个任务一个门控网络，per_task）。每个任务在上面有自己的小塔。

检查用五个种子（数据和训练）训练全部九种组合，并对测试损失（两个任务均方误差之和）取平均。结果：ρ = 1：共享底层 0.178，OMoE 0.130，MMoE 0.125；ρ = 0.5：0.125、0.184、0.124；ρ = 0：0.137、0.158、0.112。任务相同时，一个门控网络和两个一样好；任务越不相关，单个门控网络就越要把两个任务送到同一个专家混合，因而落后，而每个任务一个门控网络则让每个任务挑选自己的专家（看门控网络权重矩阵）。MMoE 相对 OMoE 的优势从 ρ = 1 时的 0.005 增长到 ρ = 0 时的 0.046，这正是检查所要求的。

论文还报告共享底层随 ρ 下降而变差。在这个小规模设置中并不可靠地如此：五个种子下它的损失波动较大（0.178、0.125、0.137），MMoE 相对它的优势也没有随 ρ 下降而增长。运行 moelab-cli sweep --vary data.task_correlation=1,0.5,0 --vary model.gates=none,shared,per_task 并使用更多种子，亲自看看结果的离散程度。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ρ = 1, shared bottom</source>
        <translation>ρ = 1，共享底层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 1, one gate (OMoE)</source>
        <translation>ρ = 1，一个门控网络（OMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 1, a gate per task (MMoE)</source>
        <translation>ρ = 1，每个任务一个门控网络（MMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, shared bottom</source>
        <translation>ρ = 0.5，共享底层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, one gate (OMoE)</source>
        <translation>ρ = 0.5，一个门控网络（OMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0.5, a gate per task (MMoE)</source>
        <translation>ρ = 0.5，每个任务一个门控网络（MMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, shared bottom</source>
        <translation>ρ = 0，共享底层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, one gate (OMoE)</source>
        <translation>ρ = 0，一个门控网络（OMoE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ρ = 0, a gate per task (MMoE)</source>
        <translation>ρ = 0，每个任务一个门控网络（MMoE）</translation>
    </message>
</context>
<context>
    <name>LmRun</name>
    <message>
        <location filename="../app/runs/lm_run.cpp" line="+44"/>
        <source>no text corpus</source>
        <translation>没有文本语料</translation>
    </message>
</context>
<context>
    <name>LmRunFolder</name>
    <message>
        <location filename="../app/runs/lm_run_folder.cpp" line="+49"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>只有带 QApplication 的程序才能绘制图表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loss of the language model (nats per byte)</source>
        <translation>语言模型的损失（每字节 nat）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy (nats per byte)</source>
        <translation>交叉熵（每字节 nat）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot draw the plot &apos;%1&apos;: %2</source>
        <translation>无法绘制图表“%1”：%2</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
</context>
<context>
    <name>LoadErrors</name>
    <message>
        <location filename="../datasets/byte_reader.cpp" line="+34"/>
        <location filename="../datasets/csv_loader.cpp" line="+105"/>
        <location filename="../datasets/idx_dataset.cpp" line="+49"/>
        <source>cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected end of compressed data</source>
        <translation>压缩数据意外结束</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../datasets/csv_parser.cpp" line="+393"/>
        <location filename="../datasets/idx_reader.cpp" line="+96"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+294"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../datasets/catalog.cpp" line="-207"/>
        <location line="+20"/>
        <source>data.noise must be between 0 and 10</source>
        <translation>data.noise 必须在 0 到 10 之间</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>data.classes must be between 2 and 32</source>
        <translation>data.classes 必须在 2 到 32 之间</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>data.task_correlation must be between -1 and 1</source>
        <translation>data.task_correlation 必须在 -1 到 1 之间</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+34"/>
        <source>no file given (set data.path)</source>
        <translation>未指定文件（请设置 data.path）</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>data.samples must not be negative</source>
        <translation>data.samples 不能为负</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+25"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+25"/>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <location filename="../datasets/csv_parser.cpp" line="-250"/>
        <source>unclosed quote (quoted fields cannot span lines)</source>
        <translation>引号未闭合（带引号的字段不能跨行）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text after the closing quote</source>
        <translation>闭合引号之后还有文本</translation>
    </message>
    <message>
        <location line="+140"/>
        <location filename="../datasets/idx_reader.cpp" line="-56"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="+26"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>NUL byte (is this a binary file?)</source>
        <translation>NUL 字节（这是二进制文件吗？）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a table needs at least two columns (features and a label); no &apos;,&apos; &apos;;&apos; or tab found</source>
        <translation>表格至少需要两列（特征和标签）；未找到 &apos;,&apos;、&apos;;&apos; 或制表符</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>too many rows</source>
        <translation>行数过多</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data rows after the header</source>
        <translation>表头之后没有数据行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no data rows</source>
        <translation>没有数据行</translation>
    </message>
    <message>
        <location filename="../datasets/idx_dataset.cpp" line="+6"/>
        <source>an image file needs 2 or 3 dimensions (count, rows, columns)</source>
        <translation>图像文件需要 2 或 3 个维度（数量、行、列）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot open the label file</source>
        <translation>无法打开标签文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a label file needs 1 dimension</source>
        <translation>标签文件需要 1 个维度</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no path given (set data.path to a directory or an IDX images file)</source>
        <translation>未指定路径（请将 data.path 设为一个目录或一个 IDX 图像文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz] here</source>
        <translation>这里没有 train-images-idx3-ubyte[.gz] 和 train-labels-idx1-ubyte[.gz]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot guess the labels file: the name has no &quot;images&quot; to replace</source>
        <translation>无法推断标签文件：文件名中没有可替换的“images”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such file or directory</source>
        <translation>没有这个文件或目录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its images are not the same size as the training images</source>
        <translation>其图像与训练图像大小不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <location filename="../datasets/idx_reader.cpp" line="+2"/>
        <location line="+13"/>
        <source>the file ends inside the IDX header</source>
        <translation>文件在 IDX 文件头中间就结束了</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the IDX header says the file holds no items</source>
        <translation>IDX 文件头表明文件中没有任何条目</translation>
    </message>
    <message>
        <location filename="../datasets/shipped_data.cpp" line="+73"/>
        <location filename="../datasets/text_corpus_loader.cpp" line="-111"/>
        <source>cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../datasets/text_corpus_loader.cpp" line="+89"/>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a directory, not a text file</source>
        <translation>是一个目录，不是文本文件</translation>
    </message>
</context>
<context>
    <name>RunFolder</name>
    <message>
        <location filename="../app/runs/run_folder.cpp" line="+181"/>
        <location line="+2"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
</context>
<context>
    <name>RunPlots</name>
    <message>
        <location filename="../app/runs/multitask_plots.cpp" line="+49"/>
        <location filename="../app/runs/run_plots.cpp" line="+50"/>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="+52"/>
        <source>plots can only be drawn by a program with a QApplication</source>
        <translation>只有带 QApplication 的程序才能绘制图表</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../app/runs/run_plots.cpp" line="+13"/>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="+29"/>
        <source>cannot draw the plot &apos;%1&apos;: %2</source>
        <translation>无法绘制图表“%1”：%2</translation>
    </message>
    <message>
        <location filename="../app/runs/sweep_curve_plot.cpp" line="-15"/>
        <location line="+10"/>
        <source>final test loss</source>
        <translation>最终测试损失</translation>
    </message>
</context>
<context>
    <name>StagedFolder</name>
    <message>
        <location filename="../app/runs/staged_folder.cpp" line="+32"/>
        <source>cannot write the run folder &apos;%1&apos;: a file of that name exists</source>
        <translation>无法写入运行文件夹“%1”：已存在同名文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; already holds files that are not a MoE Lab run; choose another folder</source>
        <translation>“%1”中已有不属于 MoE Lab 运行的文件；请选择其他文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write to the folder &apos;%1&apos;: %2</source>
        <translation>无法写入文件夹“%1”：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>nothing to commit</source>
        <translation>没有可提交的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the folder &apos;%1&apos;</source>
        <translation>无法替换文件夹“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot move the finished run to &apos;%1&apos;</source>
        <translation>无法将已完成的运行移动到“%1”</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <location filename="../core/routing/base_assignment.cpp" line="+23"/>
        <source>BASE balanced assignment</source>
        <translation>BASE 均衡分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While training, tokens are assigned so that every expert gets the same number and the total affinity is as large as possible; at inference each token takes its best expert.</source>
        <translation>训练时，token 的分配使每个专家得到相同数量的 token，且总亲和度尽可能大；推理时每个 token 选择其最优专家。</translation>
    </message>
    <message>
        <location filename="../core/routing/dense.cpp" line="+12"/>
        <source>Dense (soft) gating</source>
        <translation>稠密（软）门控</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every expert processes every input; the gate&apos;s probabilities weight their outputs.</source>
        <translation>每个专家处理每个输入；门控网络的概率为它们的输出加权。</translation>
    </message>
    <message>
        <location filename="../core/routing/entmax.cpp" line="+64"/>
        <source>1.5-entmax (smooth sparse softmax)</source>
        <translation>1.5-entmax（平滑稀疏 softmax）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between softmax and sparsemax: smooth weights, yet weak experts still get exactly zero.</source>
        <translation>介于 softmax 与 sparsemax 之间：权重平滑，但弱专家仍精确为零。</translation>
    </message>
    <message>
        <location filename="../core/routing/expert_choice.cpp" line="+15"/>
        <source>Expert choice</source>
        <translation>Expert Choice（专家选择）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each expert picks the tokens it is most confident about, so every expert is exactly full.</source>
        <translation>每个专家挑选它最有把握的 token，因此每个专家都恰好满载。</translation>
    </message>
    <message>
        <location filename="../core/routing/gshard_top2.cpp" line="+10"/>
        <source>GShard top-2 (random 2nd expert)</source>
        <translation>GShard top-2（随机第二专家）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-2 routing where the second expert is used only with a probability that grows with its weight.</source>
        <translation>Top-2 路由：第二个专家只以一定概率被使用，该概率随其权重增大。</translation>
    </message>
    <message>
        <location filename="../core/routing/hash.cpp" line="+24"/>
        <source>Hash routing (fixed, not learned)</source>
        <translation>哈希路由（固定，不学习）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each input goes to an expert picked by a fixed hash of the input itself; nothing about the routing is learned.</source>
        <translation>每个输入发往由其自身的固定哈希值选出的专家；路由完全不经过学习。</translation>
    </message>
    <message>
        <location filename="../core/routing/noisy_top_k.cpp" line="+69"/>
        <source>Noisy top-k</source>
        <translation>带噪 top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learned Gaussian noise is added to the gate before picking the top k, which spreads tokens over experts.</source>
        <translation>在选出 top-k 之前，给门控加上可学习的高斯噪声，使 token 分散到更多专家。</translation>
    </message>
    <message>
        <location filename="../core/routing/sinkhorn.cpp" line="+24"/>
        <source>Sinkhorn balanced (S-BASE)</source>
        <translation>Sinkhorn 均衡（S-BASE）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The router&apos;s scores are rescaled until every expert gets the same share, then each token takes its top-k of the balanced plan.</source>
        <translation>反复缩放路由器的打分，直到每个专家得到相同的份额，然后每个 token 从均衡后的方案中取 top-k。</translation>
    </message>
    <message>
        <location filename="../core/routing/soft_moe.cpp" line="+14"/>
        <source>Soft MoE (slots)</source>
        <translation>Soft MoE（槽位）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each expert works on a blend of all tokens (a slot), and each token blends all slot outputs: nothing is discrete, nothing is dropped.</source>
        <translation>每个专家处理所有 token 的一个混合（一个槽位），每个 token 再混合所有槽位的输出：没有离散选择，也没有 token 被丢弃。</translation>
    </message>
    <message>
        <location filename="../core/routing/sparsemax.cpp" line="+58"/>
        <source>Sparsemax (sparse softmax)</source>
        <translation>Sparsemax（稀疏 softmax）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A softmax that can give exactly zero: each token uses as many experts as its scores justify, from one to all.</source>
        <translation>一种能给出精确零值的 softmax：每个 token 使用其打分所支持的专家数，从一个到全部。</translation>
    </message>
    <message>
        <location filename="../core/routing/switch_top1.cpp" line="+10"/>
        <source>Switch top-1 with capacity</source>
        <translation>Switch top-1（带容量限制）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each token goes to its single best expert; an expert takes at most C tokens and drops the rest.</source>
        <translation>每个 token 只发往其最优的一个专家；每个专家最多接收 C 个 token，其余的被丢弃。</translation>
    </message>
    <message>
        <location filename="../core/routing/top_k.cpp" line="+12"/>
        <source>Top-k token choice</source>
        <translation>Top-k token 选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each token picks its k most probable experts; their outputs are mixed by the gate weights.</source>
        <translation>每个 token 选出概率最高的 k 个专家；它们的输出按门控权重混合。</translation>
    </message>
    <message>
        <location filename="../core/routing/assigned.h" line="+15"/>
        <source>Assigned subsets (staged training)</source>
        <translation>指定子集（分阶段训练）</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <location filename="../app/runs/sweep.cpp" line="+68"/>
        <source>--vary: expected key=v1,v2,..., got &apos;%1&apos;</source>
        <translation>--vary：应为 key=v1,v2,...，实际为“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--vary: unknown key &apos;%1&apos;</source>
        <translation>--vary：未知键“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--vary %1: no values given</source>
        <translation>--vary %1：未给出取值</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--vary: %1</source>
        <translation>--vary：%1</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <location filename="../app/runs/multitask_run.cpp" line="+31"/>
        <location filename="../app/runs/training_run.cpp" line="+28"/>
        <source>no dataset</source>
        <translation>没有数据集</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/runs/training_run.cpp" line="+13"/>
        <source>cannot use the saved weights: %1</source>
        <translation>无法使用保存的权重：%1</translation>
    </message>
</context>
<context>
    <name>TrainingStatusBar</name>
    <message>
        <location filename="../app/gui/training_status_bar.cpp" line="+17"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
</context>
<context>
    <name>ViewDocks</name>
    <message>
        <location filename="../widgets/view_catalog.cpp" line="+106"/>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Expert load</source>
        <translation>专家负载</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Inference inspector</source>
        <translation>推理检查器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model diagram</source>
        <translation>模型结构图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gate heatmap</source>
        <translation>门控热力图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Specialization</source>
        <translation>专业化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loss (nats and bits per byte)</source>
        <translation>损失（nats 与每字节比特）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocks × experts</source>
        <translation>块 × 专家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byte specialisation</source>
        <translation>字节专业化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops by position</source>
        <translation>按位置的丢弃</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gate weights (expert × task)</source>
        <translation>门控权重（专家 × 任务）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loss and R² (all tasks)</source>
        <translation>损失与 R²（所有任务）</translation>
    </message>
    <message>
        <location filename="../app/gui/view_docks.cpp" line="+271"/>
        <source>This dataset has more than two input features, so there is no input plane to draw. The gate heatmap, the specialization matrix and the expert load show how it routes.</source>
        <translation>此数据集的输入特征多于两个，无法绘制输入平面。门控热力图、专业化矩阵和专家负载会展示它如何路由。</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>Distributed</source>
        <translation>分布式</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+33"/>
        <source>MoE Lab: train a Mixture-of-Experts model live and watch its gate route.</source>
        <translation>MoE Lab：实时训练混合专家（Mixture-of-Experts）模型，观察其门控网络如何路由。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the experiment FILE (.moelab) instead of the default one.</source>
        <translation>打开实验文件 FILE（.moelab），而不是默认实验。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change one setting, e.g. --set routing.k=1 (repeatable).</source>
        <translation>修改一项设置，例如 --set routing.k=1（可重复）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train for SECONDS, print view refreshes and steps per second, then quit.</source>
        <translation>训练 SECONDS 秒，输出每秒视图刷新次数和训练步数，然后退出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in presenter mode (full screen, larger text).</source>
        <translation>以演示模式启动（全屏，较大字号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the experiment without starting to train.</source>
        <translation>打开实验但不开始训练。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the program in LANG (en, zh_CN, de).</source>
        <translation>以语言 LANG 显示程序（en、zh_CN、de）。</translation>
    </message>
</context>
<context>
    <name>moe::ConfigKey</name>
    <message>
        <location filename="../core/config.cpp" line="+163"/>
        <source>Dataset id (blobs, spirals, iris, fashion_mnist, csv, ...).</source>
        <translation>数据集 id（blobs、spirals、iris、fashion_mnist、csv……）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Samples to generate (toy sets) or keep (real sets); 0 = default (800 toy, all real).</source>
        <translation>要生成（玩具数据集）或保留（真实数据集）的样本数；0 = 默认（玩具 800，真实全部）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise added by toy generators.</source>
        <translation>玩具数据生成器添加的噪声。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the data generator and of the train/test split.</source>
        <translation>数据生成器和训练/测试划分的随机种子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File for csv, mnist or IDX data.</source>
        <translation>csv、mnist 或 IDX 数据的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV column holding the label (-1 = last).</source>
        <translation>存放标签的 CSV 列（-1 = 最后一列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraction of samples held out for testing.</source>
        <translation>留作测试的样本比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standardize features to mean 0, variance 1.</source>
        <translation>将特征标准化为均值 0、方差 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clusters (blobs) or arms (spirals) of toy data.</source>
        <translation>玩具数据的簇数（blobs）或旋臂数（spirals）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: fixed validation windows the loss is measured on (0 = every non-overlapping window).</source>
        <translation>文本数据：用来测量损失的固定验证窗口数（0 = 所有互不重叠的窗口）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number of routed experts E.</source>
        <translation>被路由的专家数 E。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden width h of each MLP expert.</source>
        <translation>每个 MLP 专家的隐藏层宽度 h。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert network: linear map or MLP.</source>
        <translation>专家网络：线性映射或 MLP。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation of the MLP experts.</source>
        <translation>MLP 专家的激活函数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropout on the experts&apos; hidden layer while training.</source>
        <translation>训练时对专家隐藏层施加的 dropout。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always-on shared experts; they count in model.experts and routing.k (the router picks k·m − shared of the rest).</source>
        <translation>始终启用的共享专家；它们计入 model.experts 和 routing.k（路由器从其余专家中挑选 k·m − 共享专家数 个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split each expert into m narrower ones (k scales by m).</source>
        <translation>将每个专家拆成 m 个更窄的专家（k 随之乘以 m）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the input to the output (y = x + MoE(x)), so dropped tokens pass through unchanged; needs as many outputs as inputs.</source>
        <translation>把输入加到输出上（y = x + MoE(x)），使被丢弃的 token 原样通过；要求输出维数与输入维数相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the router a learnable bias per expert.</source>
        <translation>为路由器的每个专家提供一个可学习的偏置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Std of the router&apos;s random initial weights (0 = zero init).</source>
        <translation>路由器随机初始权重的标准差（0 = 零初始化）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text data: transformer blocks, each with its own MoE layer.</source>
        <translation>文本数据：Transformer 块数，每块有自己的 MoE 层。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: model width d (embedding size of a byte).</source>
        <translation>文本数据：模型宽度 d（一个字节的嵌入维度）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: attention heads per block (the width must be a multiple).</source>
        <translation>文本数据：每块的注意力头数（宽度必须是其整数倍）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text data: context length T, the bytes one sequence sees.</source>
        <translation>文本数据：上下文长度 T，即一个序列能看到的字节数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing strategy id (dense, topk, noisy_topk, switch, gshard, expert_choice, ...).</source>
        <translation>路由策略 id（dense、topk、noisy_topk、switch、gshard、expert_choice……）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experts per token.</source>
        <translation>每个 token 的专家数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert capacity factor (0 = no capacity limit).</source>
        <translation>专家容量因子（0 = 不限容量）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity factor when evaluating (0 = same as training).</source>
        <translation>评估时的容量因子（0 = 与训练时相同）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How capacity is rounded.</source>
        <translation>容量如何取整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tokens keep a slot when an expert overflows.</source>
        <translation>专家溢出时哪些 token 保留位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renormalise the top-k weights to sum to one.</source>
        <translation>将 top-k 权重重新归一化，使其和为 1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renormalise the kept weights after capacity drops.</source>
        <translation>容量丢弃后对保留的权重重新归一化。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplicative input noise for the router while training.</source>
        <translation>训练时路由器输入的乘性噪声。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GShard: keep the 2nd expert with probability min(1, g2/threshold).</source>
        <translation>GShard：以概率 min(1, g2/threshold) 保留第二个专家。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides the logits before sparsemax/entmax.</source>
        <translation>在 sparsemax/entmax 之前除以 logits。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coefficient of the Switch load-balancing loss E·Σ f·P.</source>
        <translation>Switch 负载均衡损失 E·Σ f·P 的系数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How f counts top-k choices.</source>
        <translation>f 如何统计 top-k 选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coefficient of the router z-loss.</source>
        <translation>路由器 z 损失（z-loss）的系数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coefficient of the importance CV² loss.</source>
        <translation>重要性 CV² 损失的系数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coefficient of the smooth load CV² loss (noisy top-k).</source>
        <translation>平滑负载 CV² 损失的系数（带噪 top-k）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loss-free balancing: bias step γ per training step.</source>
        <translation>无损失均衡：每个训练步的偏置步长 γ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser.</source>
        <translation>优化器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate.</source>
        <translation>学习率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum.</source>
        <translation>SGD 动量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (L2; decoupled for AdamW).</source>
        <translation>权重衰减（L2；AdamW 为解耦形式）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per training step.</source>
        <translation>每个训练步的样本数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps.</source>
        <translation>训练步数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed of initialisation, batching and noise.</source>
        <translation>初始化、分批和噪声的随机种子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task loss.</source>
        <translation>任务损失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint training, or staged: experts, then gate, then joint.</source>
        <translation>联合训练，或分阶段：先专家，再门控，最后联合。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staged training: how samples are assigned to experts.</source>
        <translation>分阶段训练：样本如何分配给专家。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staged training: steps of the experts stage and of the gate stage.</source>
        <translation>分阶段训练：专家阶段和门控阶段的步数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threads for the engine (0 = default).</source>
        <translation>计算引擎的线程数（0 = 默认）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate on the test set every this many steps.</source>
        <translation>每隔这么多步在测试集上评估一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip the gradient norm (0 = off).</source>
        <translation>裁剪梯度范数（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Learning-rate schedule: constant, or linear warm-up then cosine decay to train.lr_min.</source>
        <translation>学习率调度：恒定，或先线性预热再余弦衰减到 train.lr_min。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosine schedule: steps of linear warm-up.</source>
        <translation>余弦调度：线性预热的步数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cosine schedule: the learning rate at the last step.</source>
        <translation>余弦调度：最后一步的学习率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam: decay of the squared-gradient average (beta2).</source>
        <translation>Adam：梯度平方均值的衰减率（beta2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expert parallelism: MPI processes P that share the batch and the experts (start with mpirun -np P).</source>
        <translation>专家并行：共同分担批次和专家的 MPI 进程数 P（用 mpirun -np P 启动）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert parallelism: round_robin puts expert e on rank e mod P, block gives each rank a run of neighbouring experts.</source>
        <translation>专家并行：round_robin 把专家 e 放在进程 e mod P，block 给每个进程一段相邻的专家。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expert parallelism: balance losses from statistics summed over all ranks (global, as one process) or from each rank&apos;s own tokens (local).</source>
        <translation>专家并行：均衡损失基于所有进程汇总的统计（global，与单进程相同）或每个进程自己的 token（local）。</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>mmoe_synthetic: correlation ρ of the two tasks&apos; linear parts (1 = the same task, 0 = unrelated).</source>
        <translation>mmoe_synthetic：两个任务线性部分的相关性 ρ（1 = 同一个任务，0 = 不相关）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns (by name, comma separated) that become the targets of a multi-task regression, one task each (e.g. alcohol,hue on wine); empty = the data set&apos;s own label.</source>
        <translation>成为多任务回归目标的列（按名称，逗号分隔），每列一个任务（例如 wine 上的 alcohol,hue）；留空 = 数据集自身的标签。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Hidden width H of the gate: 0 = linear gate d → E, H &gt; 0 = MLP gate d → H → E with ReLU, for every routing strategy (vector data and multi-task models).</source>
        <translation>门控网络的隐藏宽度 H：0 = 线性门控网络 d → E，H &gt; 0 = 带 ReLU 的 MLP 门控网络 d → H → E，适用于每种路由策略（向量数据和多任务模型）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks of a multi-task model, one per target column (0 = as many as the data has; mmoe_synthetic has 2, data.label_columns gives one per column).</source>
        <translation>多任务模型的任务数，每个目标列一个（0 = 与数据相同；mmoe_synthetic 有 2 个，data.label_columns 每列一个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Multi-task model: per_task = one gate per task over shared experts (MMoE), shared = one gate for every task (OMoE), none = a shared-bottom network of width experts × hidden, no gate.</source>
        <translation>多任务模型：per_task = 在共享专家之上每个任务一个门控网络（MMoE），shared = 所有任务共用一个门控网络（OMoE），none = 宽度为 experts × hidden 的共享底层网络，没有门控网络。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multi-task model: hidden width of each task&apos;s tower (MLP hidden → tower_hidden → 1).</source>
        <translation>多任务模型：每个任务的塔的隐藏宽度（MLP hidden → tower_hidden → 1）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Multi-task model: weight of each task&apos;s loss in the sum, comma separated (empty = 1 each).</source>
        <translation>多任务模型：每个任务的损失在总和中的权重，逗号分隔（留空 = 每个 1）。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Expert parallelism: a failed device, every expert of this rank knocked out so the gate reroutes their tokens (-1 = none).</source>
        <translation>专家并行：模拟故障设备，停用该进程的所有专家，门控重新路由它们的 token（-1 = 无）。</translation>
    </message>
</context>
<context>
    <name>moe::Problem</name>
    <message>
        <location line="+52"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/lm/lm_trainer_commands.cpp" line="+13"/>
        <source>%1: %2 is outside the allowed range [%3, %4]</source>
        <translation>%1：%2 超出允许范围 [%3, %4]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: expected a whole number, got &apos;%2&apos;</source>
        <translation>%1：应为整数，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: expected a number, got &apos;%2&apos;</source>
        <translation>%1：应为数字，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: expected true or false, got &apos;%2&apos;</source>
        <translation>%1：应为 true 或 false，得到的是 &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;%2&apos; is not one of: %3</source>
        <translation>%1：&apos;%2&apos; 不是以下取值之一：%3</translation>
    </message>
    <message>
        <location filename="../core/lm/lm_trainer_commands.cpp" line="+34"/>
        <source>block %1 does not exist (the model has %2)</source>
        <translation>块 %1 不存在（模型共有 %2 个块）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+258"/>
        <location filename="../core/trainer_commands.cpp" line="+15"/>
        <source>%1 changes the shape of the model; start a new run to change it</source>
        <translation>%1 会改变模型的形状；要修改它，请开始新的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/trainer_commands.cpp" line="+7"/>
        <source>routing.strategy: unknown strategy &apos;%1&apos;</source>
        <translation>routing.strategy：未知的策略 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+37"/>
        <location filename="../core/trainer_commands.cpp" line="+57"/>
        <source>expert %1 does not exist (there are %2)</source>
        <translation>专家 %1 不存在（共有 %2 个）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>the last working expert of a block cannot be knocked out</source>
        <translation>块中最后一个仍在工作的专家不能被停用</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/trainer_commands.cpp" line="+44"/>
        <source>the last expert cannot be removed</source>
        <translation>最后一个专家不能被移除</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="+35"/>
        <source>unknown command</source>
        <translation>未知命令</translation>
    </message>
    <message>
        <location filename="../core/mmoe/multitask_trainer.cpp" line="-281"/>
        <source>train.task_weights: &apos;%1&apos; is not a weight (a number &gt;= 0)</source>
        <translation>train.task_weights：“%1”不是权重（应为 &gt;= 0 的数）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>train.task_weights: %1 weights given for %2 tasks</source>
        <translation>train.task_weights：为 %2 个任务给出了 %1 个权重</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>a shared bottom (model.gates = none) has no experts to knock out</source>
        <translation>共享底层（model.gates = none）没有可停用的专家</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/trainer_commands.cpp" line="-30"/>
        <source>the last working expert cannot be knocked out</source>
        <translation>最后一个仍在工作的专家不能被停用</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the experts of a multi-task model are set by model.experts (a new model)</source>
        <translation>多任务模型的专家数由 model.experts 决定（需要新模型）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a multi-task model cannot freeze its experts or gates</source>
        <translation>多任务模型不能冻结其专家或门控网络</translation>
    </message>
    <message>
        <location filename="../core/trainer_commands.cpp" line="+23"/>
        <source>at most %1 experts</source>
        <translation>最多 %1 个专家</translation>
    </message>
    <message>
        <location filename="../datasets/csv_loader.cpp" line="-10"/>
        <source>the label column &quot;%1&quot; holds a single class (&quot;%2&quot;); classification needs at least two</source>
        <translation>标签列 &quot;%1&quot; 只有一个类别（&quot;%2&quot;）；分类至少需要两个类别</translation>
    </message>
    <message>
        <location filename="../datasets/csv_parser.cpp" line="-84"/>
        <source>invalid UTF-8 at byte %1 of the line (the file must be UTF-8 text)</source>
        <translation>该行第 %1 字节处的 UTF-8 无效（文件必须是 UTF-8 文本）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>more than %1 columns</source>
        <translation>超过 %1 列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label column %1 does not exist (columns are numbered 0 to %2, or -1 for the last)</source>
        <translation>标签列 %1 不存在（列号为 0 到 %2，或用 -1 表示最后一列）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this row has %1 fields but the header has %2</source>
        <translation>此行有 %1 个字段，但表头有 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has %1 fields but the first row has %2</source>
        <translation>此行有 %1 个字段，但第一行有 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this row has %1 fields, more than the %2 of the header</source>
        <translation>此行有 %1 个字段，多于表头的 %2 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this row has %1 fields, more than the %2 of the first row</source>
        <translation>此行有 %1 个字段，多于第一行的 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing value in column &quot;%1&quot;</source>
        <translation>列 &quot;%1&quot; 中缺少值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing value in column &quot;%1&quot; (%2)</source>
        <translation>列 &quot;%1&quot; 中缺少值（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a finite number: %1 in column &quot;%2&quot;</source>
        <translation>不是有限数：列 &quot;%2&quot; 中的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number out of range (beyond +-3.4e38, or too close to 0): %1 in column &quot;%2&quot;</source>
        <translation>数值超出范围（超过 ±3.4e38 或过于接近 0）：列 &quot;%2&quot; 中的 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a number: %1 in column &quot;%2&quot;</source>
        <translation>不是数字：列 &quot;%2&quot; 中的 %1</translation>
    </message>
    <message>
        <location filename="../datasets/text_corpus_loader.cpp" line="-134"/>
        <source>only %1 bytes of text; the language model needs at least %2 (10 windows of %3 bytes)</source>
        <translation>只有 %1 字节的文本；语言模型至少需要 %2 字节（10 个 %3 字节的窗口）</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>invalid UTF-8 at byte offset %1 (%2)</source>
        <translation>字节偏移 %1 处的 UTF-8 无效（%2）</translation>
    </message>
</context>
<context>
    <name>moe::gui::CompareDialog</name>
    <message>
        <location filename="../app/gui/compare_dialog.cpp" line="+90"/>
        <source>%1 is not a run folder: it has no config.moelab.</source>
        <translation>%1 不是运行文件夹：其中没有 config.moelab。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no training history to compare (save it after training, or export the run).</source>
        <translation>%1 中没有可比较的训练历史（请在训练后保存，或导出该运行）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+67"/>
        <source>Compare runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Add a run folder</source>
        <translation>添加运行文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add saved experiments</source>
        <translation>添加已保存的实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MoE Lab experiments (*.moelab)</source>
        <translation>MoE Lab 实验 (*.moelab)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load CV (0 = balanced)</source>
        <translation>负载变异系数（0 = 均衡）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add two or more runs: folders written by “Export run…” or by moelab-cli train, or experiments saved after training.</source>
        <translation>添加两个或更多运行：由“导出运行…”或 moelab-cli train 写出的文件夹，或训练后保存的实验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add run &amp;folder…</source>
        <translation>添加运行文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add saved &amp;experiment…</source>
        <translation>添加已保存的实验(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>moe::gui::ControlPanel</name>
    <message>
        <location filename="../app/gui/control_panel.cpp" line="+132"/>
        <source>The language model&apos;s defaults were applied.</source>
        <translation>已应用语言模型的默认设置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Defaults for %1 applied: %2.</source>
        <translation>已应用 %1 的默认设置：%2。</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Add expert</source>
        <translation>添加专家</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds a fresh expert while training; the experts already trained keep what they learned.</source>
        <translation>训练中添加一个新专家；已训练的专家保留所学内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove expert</source>
        <translation>移除专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the last expert; the gate re-routes its tokens to the others.</source>
        <translation>移除最后一个专家；门控网络把它的 token 重新路由给其他专家。</translation>
    </message>
</context>
<context>
    <name>moe::gui::DistributedPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/distributed_panel.cpp" line="+145"/>
        <source>Starting %n rank(s)…</source>
        <translation>
            <numerusform>正在启动 %n 个进程…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Restoring the failed rank from the next step…</source>
        <translation>从下一步起恢复故障进程…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knocking out every expert of rank %1 from the next step…</source>
        <translation>从下一步起停用进程 %1 的所有专家…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The job refused a command: %1</source>
        <translation>作业拒绝了一条命令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 every rank&apos;s experts work again.</source>
        <translation>从第 %1 步起，所有进程的专家重新工作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From step %1 rank %2 has failed: all its experts are knocked out and the gate sends their rows to the other ranks.</source>
        <translation>从第 %1 步起进程 %2 故障：它的所有专家被停用，门控把它们的行发给其他进程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished; the run folder with traffic.csv was %1.</source>
        <translation>已完成；含 traffic.csv 的运行文件夹为 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The job stopped (exit code %1): %2</source>
        <translation>作业已停止（退出码 %1）：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MPI is not installed, so no expert-parallel job can start. Install it with: sudo apt-get install openmpi-bin libopenmpi-dev (then build again)</source>
        <translation>未安装 MPI，无法启动专家并行作业。安装命令：sudo apt-get install openmpi-bin libopenmpi-dev（然后重新构建）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moelab-cli was not found next to this program; build it (it runs the job).</source>
        <translation>在本程序旁未找到 moelab-cli；请构建它（作业由它运行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks</source>
        <translation>进程数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MPI processes of the job: the batch is split between them and each holds a share of the experts.</source>
        <translation>作业的 MPI 进程：批次在它们之间划分，每个进程持有一部分专家。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placement</source>
        <translation>放置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round robin</source>
        <translation>轮流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In blocks</source>
        <translation>成块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Knocks out every expert of this rank: a failed device; the gate reroutes its tokens. While the job runs it changes at the next step (or click a rank in the view).</source>
        <translation>停用该进程的所有专家：模拟故障设备；门控重新路由它的 token。作业运行时从下一步起生效（也可以在视图中点击一个进程）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop job</source>
        <translation>停止作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run with MPI</source>
        <translation>用 MPI 运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trains the current experiment on P processes (mpirun -np P moelab-cli train … --stream) and shows the all-to-all traffic live; the window&apos;s own training goes on.</source>
        <translation>在 P 个进程上训练当前实验（mpirun -np P moelab-cli train … --stream），并实时显示 all-to-all 通信；窗口自己的训练继续进行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expert parallelism: each rank routes its share of the batch and sends every row to the rank holding its expert.</source>
        <translation>专家并行：每个进程路由自己那部分批次，并把每一行发送给持有其专家的进程。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Failed rank</source>
        <translation>故障进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>moe::gui::FileActions</name>
    <message>
        <location filename="../app/gui/file_actions.cpp" line="+67"/>
        <source>&amp;New experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from the default experiment</source>
        <translation>从默认实验重新开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export run…</source>
        <translation>导出运行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the run as a folder: experiment, metrics and experts as CSV, summary, plots</source>
        <translation>把运行写成一个文件夹：实验、以 CSV 保存的指标和专家数据、汇总、图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare runs…</source>
        <translation>比较运行(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay the curves of two or more saved runs</source>
        <translation>叠加两个或更多已保存运行的曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+12"/>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>MoE Lab experiments (*.moelab);;All files (*)</source>
        <translation>MoE Lab 实验 (*.moelab);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+24"/>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>MoE Lab experiments (*.moelab)</source>
        <translation>MoE Lab 实验 (*.moelab)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export run to a new folder</source>
        <translation>将运行导出到新文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to export: no experiment is loaded.</source>
        <translation>没有可导出的内容：未加载实验。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported the run to %1</source>
        <translation>已将运行导出到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export the run to %1: %2</source>
        <translation>无法将运行导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>moe::gui::LanguageManager</name>
    <message>
        <location filename="../app/gui/language_manager.cpp" line="+25"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>moe::gui::LessonPanel</name>
    <message>
        <location filename="../app/gui/lesson_panel.cpp" line="+65"/>
        <source>Open a lesson &amp;file…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson a teacher wrote: a .moelab experiment with a lesson section</source>
        <translation>教师编写的课程：带课程部分的 .moelab 实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+43"/>
        <source>Lesson: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MoE Lab lessons (*.moelab)</source>
        <translation>MoE Lab 课程 (*.moelab)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Watch the highlighted controls.</source>
        <translation>请留意高亮显示的控件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens</source>
        <translation>会发生什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So far</source>
        <translation>目前为止</translation>
    </message>
</context>
<context>
    <name>moe::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="+88"/>
        <source>About MoE Lab</source>
        <translation>关于 MoE Lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;MoE Lab %1&lt;/h3&gt;&lt;p&gt;Trains a real Mixture-of-Experts model live and shows how the gate routes each input to its experts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoE Lab %1&lt;/h3&gt;&lt;p&gt;实时训练一个真实的混合专家（Mixture-of-Experts）模型，并展示门控网络如何把每个输入路由到它的专家。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not start the experiment: %1</source>
        <translation>无法启动实验：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>MoE Lab — Mixture-of-Experts, live</source>
        <translation>MoE Lab — 混合专家模型，实时训练</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;essons</source>
        <translation>课程(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train exactly one step and show it (→)</source>
        <translation>只训练一步并显示结果（→）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start again from fresh random weights with the current settings (R)</source>
        <translation>用当前设置从新的随机权重重新开始（R）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with larger text, for the projector (F11)</source>
        <translation>全屏并放大文字，适合投影（F11）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About MoE Lab</source>
        <translation>关于 MoE Lab(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>控制面板</translation>
    </message>
</context>
<context>
    <name>moe::gui::PaintTools</name>
    <message>
        <location filename="../app/gui/paint_tools.cpp" line="+43"/>
        <source>Paint points</source>
        <translation>绘制点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag on the input plane to add your own points of the chosen class; the model&apos;s prediction for each is marked (2-D data only)</source>
        <translation>在输入平面上点击或拖动，添加所选类别的自定义点；每个点都会标出模型的预测（仅限二维数据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear points</source>
        <translation>清除点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the points you painted</source>
        <translation>移除你绘制的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class of the points you paint</source>
        <translation>所绘制点的类别</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>moe::gui::SpeedControl</name>
    <message>
        <location filename="../app/gui/speed_control.cpp" line="+56"/>
        <source>Speed: max</source>
        <translation>速度：最快</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Speed: %n step(s)/s</source>
        <translation>
            <numerusform>速度：%n 步/秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training speed: slow it down to watch single steps, or let it run flat out.</source>
        <translation>训练速度：调慢以观察单个步骤，或全速运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed</source>
        <translation>训练速度</translation>
    </message>
</context>
<context>
    <name>moe::gui::TrainingStatusBar</name>
    <message>
        <location filename="../app/gui/training_status_bar.cpp" line="+51"/>
        <source>Loading %1: %p%</source>
        <translation>正在加载 %1：%p%</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diverged: lower the learning rate and press Play</source>
        <translation>已发散：请降低学习率后按“开始”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters: %1 total · %2 active per token</source>
        <translation>参数：共 %1 · 每个 token 激活 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading the dataset and keep the current experiment.</source>
        <translation>停止加载数据集，保留当前实验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All weights of the model, against the weights one token actually uses: the experts it is not routed to cost memory but no compute.</source>
        <translation>模型的全部权重与单个 token 实际用到的权重之比：未被路由到的专家占用内存，但不消耗计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps per second on the worker thread.</source>
        <translation>工作线程上每秒的训练步数。</translation>
    </message>
</context>
<context>
    <name>moe::gui::TrainingWorker</name>
    <message>
        <location filename="../app/gui/training_worker.cpp" line="+270"/>
        <source>No experiment is loaded.</source>
        <translation>未加载实验。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The change could not be applied; the previous model was kept.</source>
        <translation>无法应用此更改；已保留之前的模型。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>The saved weights could not be loaded (%1); training starts from fresh weights.</source>
        <translation>无法加载保存的权重（%1）；训练将从新的权重开始。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::BlockLoadView</name>
    <message>
        <location filename="../widgets/block_load_view.cpp" line="+105"/>
        <source>expert (click: knock out / restore)</source>
        <translation>专家（点击：停用 / 恢复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load (share of the block&apos;s tokens)</source>
        <translation>负载（占该块 token 的比例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens, %1</source>
        <translation>token，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How evenly each block&apos;s router spreads the bytes over its experts. A perfectly balanced block has every cell at 1/E.</source>
        <translation>每个块的路由器把字节分配给各专家的均匀程度。完全均衡的块中每个格子都是 1/E。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No training step yet.</source>
        <translation>还没有训练步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: max/mean load %2 · CV %3 · dead experts %4 · exp(entropy)/E %5 · dropped %6 %</source>
        <translation>%1：最大/平均负载 %2 · 变异系数 %3 · 死亡专家 %4 · exp(熵)/E %5 · 丢弃 %6 %</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n dead expert(s) (%2): no byte reached them in the last step.</source>
        <translation>
            <numerusform>%1：%n 个死亡专家（%2）：上一步没有字节到达它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moe::widgets::CurveView</name>
    <message>
        <location filename="../widgets/curve_view.cpp" line="+56"/>
        <source>output y</source>
        <translation>输出 y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate weight</source>
        <translation>门控权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixture (model output)</source>
        <translation>混合（模型输出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expert %1</source>
        <translation>专家 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thin lines: what each expert predicts. Thick line: the gate-weighted mixture. Below: how much weight the gate gives each expert at each x.</source>
        <translation>细线：每个专家的预测。粗线：按门控加权的混合。下方：在每个 x 处门控网络给每个专家的权重。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DisplayNames</name>
    <message>
        <location filename="../widgets/display_names.cpp" line="+17"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>balance loss</source>
        <translation>负载均衡损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>z-loss</source>
        <translation>z 损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>importance CV²</source>
        <translation>重要性 CV²</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load CV²</source>
        <translation>负载 CV²</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DistributedView</name>
    <message>
        <location filename="../widgets/distributed_view.cpp" line="+145"/>
        <source>rows processed</source>
        <translation>处理的行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>straggler</source>
        <translation>拖后者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>computing (ms)</source>
        <translation>计算（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in MPI (ms)</source>
        <translation>在 MPI 中（ms）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to rank</source>
        <translation>发往进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from rank</source>
        <translation>来自进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rank</source>
        <translation>进程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms per step</source>
        <translation>每步 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a rank to knock out all its experts (a failed device) or to restore it; the job changes at its next step.</source>
        <translation>点击一个进程以停用它的所有专家（故障设备）或恢复它；作业从下一步起改变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>failed</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No expert-parallel job yet.</source>
        <translation>还没有专家并行作业。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>rank %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> · rank %1 failed: its experts are knocked out, the gate sends its rows to the other ranks</source>
        <translation> · 进程 %1 故障：它的专家被停用，门控把它的行发给其他进程</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n rank(s), waiting for the first step…</source>
        <translation>
            <numerusform>%n 个进程，等待第一步…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>step %1 of %2 · loss %3 · dispatch %4 kB (%5 kB between ranks) · communication %6% of the step · straggler: rank %7</source>
        <translation>第 %1 / %2 步 · 损失 %3 · 分发 %4 kB（进程间 %5 kB）· 通信占步时 %6% · 拖后者：进程 %7</translation>
    </message>
</context>
<context>
    <name>moe::widgets::DropsByPositionView</name>
    <message>
        <location filename="../widgets/drops_by_position_view.cpp" line="+39"/>
        <source>No capacity limit: nothing is dropped (set a capacity factor to see drops)</source>
        <translation>没有容量上限：不会丢弃任何东西（设置容量因子即可看到丢弃）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped fraction by position in the context</source>
        <translation>按上下文位置的丢弃比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position t in the context</source>
        <translation>上下文中的位置 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped fraction</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the assignments made at each position of a sequence, the share that a full expert dropped, averaged over the recent training steps.</source>
        <translation>在序列每个位置上的分配中，被已满的专家丢弃的比例，对最近的训练步取平均。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::ExpertLoadView</name>
    <message>
        <location filename="../widgets/expert_load_view.cpp" line="+70"/>
        <source>share of tokens</source>
        <translation>token 占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load history</source>
        <translation>负载历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balanced (1/E)</source>
        <translation>均衡（1/E）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click an expert&apos;s bar to knock it out or bring it back.</source>
        <translation>点击专家的柱条可停用或恢复该专家。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 assignments dropped (%2 %)</source>
        <translation>丢弃了 %1 个分配（%2 %）</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GalleryView</name>
    <message>
        <location filename="../widgets/gallery_view.cpp" line="+22"/>
        <source>The samples the gate sends to each expert. Click one to inspect it.</source>
        <translation>门控网络发往每个专家的样本。点击一个样本可查看详情。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The gallery shows image data (e.g. Fashion-MNIST): train on an image data set to see which pictures each expert receives.</source>
        <translation>样本库展示图像数据（如 Fashion-MNIST）：在图像数据集上训练，即可看到每个专家收到哪些图片。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 off</source>
        <translation>%1 已停用</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each sample is shown under the expert with its largest weight. %1 take(s) tokens only as a further choice (k &gt; 1), so no sample is shown for them.</source>
        <translation>每个样本显示在权重最大的专家之下。%1 只作为后续选择（k &gt; 1）接收 token，因此这里没有为其显示样本。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GateHeatmapView</name>
    <message>
        <location filename="../widgets/gate_heatmap_view.cpp" line="+57"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probe samples (by class)</source>
        <translation>探测样本（按类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate probability</source>
        <translation>门控概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is one sample, each column an expert: how much the gate trusts each expert. Outlined cells are the experts actually used.</source>
        <translation>每行是一个样本，每列是一个专家：门控网络对每个专家的信任程度。带边框的格子是实际使用的专家。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::GenerationView</name>
    <message>
        <location filename="../widgets/generation_view.cpp" line="+95"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-k</source>
        <translation>top-k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divides the model&apos;s scores before sampling: 0 always takes the likeliest byte, higher values take more chances.</source>
        <translation>采样前把模型的分数相除：0 总是取最可能的字节，数值越高越冒险。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples only among the k likeliest bytes (0 = all 256).</source>
        <translation>只在最可能的 k 个字节中采样（0 = 全部 256 个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many bytes to generate after the prompt.</source>
        <translation>在提示之后生成多少个字节。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text the model continues; it sees at most its context length of it.</source>
        <translation>模型要续写的文本；模型最多看到其中上下文长度那么多。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generation needs a text corpus.</source>
        <translation>生成需要文本语料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a prompt and press Generate.</source>
        <translation>输入提示并按“生成”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 bytes generated at step %2</source>
        <translation>在第 %2 步生成了 %1 个字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>generating… %1 of %2 bytes</source>
        <translation>正在生成…… %2 个字节中的 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model writes byte by byte; each byte is painted by the expert the selected block sent it to. Bold bytes are generated, the others are the prompt.</source>
        <translation>模型逐字节书写；每个字节按所选块把它送往的专家着色。粗体字节是生成的，其余是提示。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::InspectorView</name>
    <message>
        <location filename="../widgets/inspector_view.cpp" line="+40"/>
        <source>Click a sample in any view to follow it through the gate. Click a step or press ←/→ to go step by step.</source>
        <translation>在任一视图中点击一个样本，跟踪它穿过门控网络的过程。点击某一步或按 ←/→ 逐步查看。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Click a sample (a point, a heatmap row or a gallery image) to see how the gate routes it.</source>
        <translation>点击一个样本（一个点、热力图的一行或样本库中的一张图），查看门控网络如何路由它。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample %1 (%2)</source>
        <translation>样本 %1（%2）</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>1 Route: gate probability</source>
        <translation>1 路由：门控概率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Select: combine weight</source>
        <translation>2 选择：组合权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Combine: expert output</source>
        <translation>3 组合：专家输出</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not selected</source>
        <translation>未选中</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 (%2 %)</source>
        <translation>结果：%1（%2 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmLossView</name>
    <message>
        <location filename="../widgets/lm_loss_view.cpp" line="+18"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validation %1 nats = %2 bits per byte</source>
        <translation>验证 %1 nats = 每字节 %2 比特</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training %1 nats = %2 bits per byte</source>
        <translation>训练 %1 nats = 每字节 %2 比特</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
%2 parameters in total, %3 active per byte
%4 FLOPs per byte</source>
        <translation>%1
总参数 %2，每字节激活参数 %3
每字节 %4 FLOPs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per byte)</source>
        <translation>损失（每字节 nats）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits per byte</source>
        <translation>每字节比特</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-entropy of the next byte. 8 bits per byte is a blind guess among 256 bytes; English text compresses to about 2.</source>
        <translation>下一个字节的交叉熵。每字节 8 比特等于在 256 个字节中盲猜；英文文本可以压缩到约 2 比特。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmSpecialisationView</name>
    <message>
        <location filename="../widgets/lm_specialisation_view.cpp" line="+20"/>
        <source>letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper case</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newline</source>
        <translation>换行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASCII other</source>
        <translation>其他 ASCII</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 lead byte</source>
        <translation>UTF-8 首字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>continuation byte</source>
        <translation>后续字节</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>byte class × expert: MI %1 % of its maximum</source>
        <translation>字节类别 × 专家：互信息为其最大值的 %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language × expert: this corpus has no language labels</source>
        <translation>语言 × 专家：此语料没有语言标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language × expert: MI %1 % of its maximum</source>
        <translation>语言 × 专家：互信息为其最大值的 %1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expert (top-1)</source>
        <translation>专家（top-1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which kinds of bytes each expert of the block takes: each row shows how its bytes are shared out. Mutual information near 100 % means the experts have divided the kinds among themselves.</source>
        <translation>块中每个专家接收哪些种类的字节：每一行显示其字节如何分配。互信息接近 100 % 表示专家们已经把这些种类分给了各自。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LmView</name>
    <message>
        <location filename="../widgets/lm_view.cpp" line="+51"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The transformer block whose routing is shown; every block has its own router.</source>
        <translation>显示其路由的 Transformer 块；每个块都有自己的路由器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block %1</source>
        <translation>块 %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::LossView</name>
    <message>
        <location filename="../widgets/loss_view.cpp" line="+110"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the losses on a logarithmic axis: late, small improvements stay visible.</source>
        <translation>在对数坐标轴上显示损失：后期的微小改进依然清晰可见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test loss</source>
        <translation>测试损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task loss</source>
        <translation>任务损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auxiliary loss (right axis)</source>
        <translation>辅助损失（右轴）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auxiliary loss</source>
        <translation>辅助损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train R²</source>
        <translation>训练 R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test R²</source>
        <translation>测试 R²</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
</context>
<context>
    <name>moe::widgets::ModelDiagramView</name>
    <message>
        <location filename="../widgets/model_diagram_view.cpp" line="+30"/>
        <source>Tokens flow from the input through the gate to the chosen experts. Brighter experts get more tokens. Click an expert to knock it out or bring it back.</source>
        <translation>token 从输入经过门控网络流向被选中的专家。越亮的专家收到的 token 越多。点击专家可停用或恢复它。</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>shared %1</source>
        <translation>共享 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>input x</source>
        <translation>输入 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gate
softmax(x·W)</source>
        <translation>门控
softmax(x·W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · k = %2 of %3 experts · %4 parameters, %5 active per token</source>
        <translation>%1 · k = %2 / %3 个专家 · %4 个参数，每个 token 激活 %5</translation>
    </message>
</context>
<context>
    <name>moe::widgets::MultiTaskGateView</name>
    <message numerus="yes">
        <location filename="../widgets/multitask_gate_view.cpp" line="+41"/>
        <source>Mean gate weight over %n test rows. Click an expert to knock it out of every gate (click again to restore it).</source>
        <translation>
            <numerusform>%n 行测试数据上的平均门控权重。点击一个专家即可在所有门控网络中停用它（再次点击恢复）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moe::widgets::MultiTaskLossView</name>
    <message>
        <location filename="../widgets/multitask_loss_view.cpp" line="+18"/>
        <source>MMoE: %1 experts, a gate per task</source>
        <translation>MMoE：%1 个专家，每个任务一个门控网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OMoE: %1 experts, one gate</source>
        <translation>OMoE：%1 个专家，一个门控网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared bottom (no gate)</source>
        <translation>共享底层（无门控网络）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No multi-task model is loaded.</source>
        <translation>没有加载多任务模型。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: test %2 (R² %3)</source>
        <translation>%1：测试 %2（R² %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: train %2</source>
        <translation>%1：训练 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>evaluated at step %1</source>
        <translation>在第 %1 步评估</translation>
    </message>
</context>
<context>
    <name>moe::widgets::PlotExport</name>
    <message>
        <location filename="../widgets/plot_export.cpp" line="+175"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
</context>
<context>
    <name>moe::widgets::RegionMapView</name>
    <message>
        <location filename="../widgets/region_map_view.cpp" line="+84"/>
        <source>input x₁</source>
        <translation>输入 x₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input x₂</source>
        <translation>输入 x₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your points: model agrees</source>
        <translation>你的点：模型预测一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your points: model disagrees</source>
        <translation>你的点：模型预测不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expert %1</source>
        <translation>专家 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click or drag to add points of the chosen class.</source>
        <translation>点击或拖动以添加所选类别的点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour: the expert the gate picks there (paler = less sure). Line: where the predicted class changes.</source>
        <translation>颜色：门控网络在该处选择的专家（越浅 = 越不确定）。线：预测类别发生变化的位置。</translation>
    </message>
</context>
<context>
    <name>moe::widgets::RoutedTextCanvas</name>
    <message>
        <location filename="../widgets/routed_text_canvas.cpp" line="+171"/>
        <source>“%1” at position %2, bytes %3</source>
        <translation>“%1” 位于位置 %2，字节 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid UTF-8: shown as the byte&apos;s value</source>
        <translation>不是有效的 UTF-8：显示为字节值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no expert (dropped)</source>
        <translation>没有专家（被丢弃）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byte %1: %2</source>
        <translation>字节 %1：%2</translation>
    </message>
</context>
<context>
    <name>moe::widgets::SpecializationView</name>
    <message>
        <location filename="../widgets/specialization_view.cpp" line="+59"/>
        <source>expert (top-1 on the test set)</source>
        <translation>专家（测试集上的 top-1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the class</source>
        <translation>占该类别的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialization: I(class; expert) = %1 bits</source>
        <translation>专业化：I(类别; 专家) = %1 比特</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which expert each class is sent to. A high mutual information means the experts have divided the classes among themselves.</source>
        <translation>每个类别被发往哪个专家。互信息越高，说明专家之间已经分工划分了各个类别。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>moe::widgets::SweepCurveView</name>
    <message>
        <location filename="../widgets/sweep_curve_view.cpp" line="+38"/>
        <source>The final value of each run of the sweep against the swept key, one line per setting of the other keys (means over seeds).</source>
        <translation>扫描中每次运行的最终值与被扫描键的关系，其余键的每种取值一条线（对种子取平均）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>final value</source>
        <translation>最终值</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TaskGateView</name>
    <message>
        <location filename="../widgets/task_gate_view.cpp" line="+83"/>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean gate weight</source>
        <translation>平均门控权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which experts each task&apos;s gate uses: the mean combine weight over the test set. With one gate per task (MMoE) unrelated tasks can use different experts.</source>
        <translation>每个任务的门控网络使用哪些专家：测试集上的平均组合权重。每个任务一个门控网络（MMoE）时，不相关的任务可以使用不同的专家。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no gate: a shared bottom sends every task through the same network</source>
        <translation>没有门控网络：共享底层让每个任务都经过同一个网络</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
off</source>
        <translation>%1
停用</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TaskLossView</name>
    <message>
        <location filename="../widgets/task_loss_view.cpp" line="+37"/>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss per task (mean squared error)</source>
        <translation>每个任务的损失（均方误差）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each task&apos;s loss: test (solid) and train on the batch (dashed). In a shared-bottom model the tasks compete for one network; with one gate per task (MMoE) each task picks its own mixture of experts.</source>
        <translation>每个任务的损失：测试（实线）与批次上的训练（虚线）。在共享底层模型中各任务争夺同一个网络；每个任务一个门控网络（MMoE）时，每个任务挑选自己的专家混合。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: test</source>
        <translation>%1：测试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: train</source>
        <translation>%1：训练</translation>
    </message>
</context>
<context>
    <name>moe::widgets::TokenView</name>
    <message>
        <location filename="../widgets/token_view.cpp" line="+59"/>
        <source>Block</source>
        <translation>块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a byte to outline the bytes this attention head of the block looks at when it reads that byte; the stronger the outline, the larger the weight.</source>
        <translation>把鼠标悬停在一个字节上，会框出该块的这个注意力头在读这个字节时关注的字节；框越粗，权重越大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation text, every byte painted by the expert its block&apos;s router sent it to. With k &gt; 1 the other experts are the thin lines under the byte; hover a byte for every expert and weight.</source>
        <translation>验证文本，每个字节按其所在块的路由器把它送往的专家着色。k &gt; 1 时，其他专家是字节下方的细线；把鼠标悬停在字节上可看到每个专家及其权重。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a text corpus in the Data group to train the language model.</source>
        <translation>在“数据”组中选择文本语料来训练语言模型。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 · validation bytes %2–%3 · k = %4</source>
        <translation>第 %1 步 · 验证字节 %2–%3 · k = %4</translation>
    </message>
</context>
<context>
    <name>moelab_cli</name>
    <message>
        <location filename="../app/cli/cli_support.cpp" line="+26"/>
        <source>moelab-cli: error: %1</source>
        <translation>moelab-cli：错误：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moelab-cli: %1</source>
        <translation>moelab-cli：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moelab-cli: warning: %1</source>
        <translation>moelab-cli：警告：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 (see moelab-cli %1 --help)</source>
        <translation>%1：%2（参见 moelab-cli %1 --help）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Experiment file (.moelab) to start from.</source>
        <translation>作为起点的实验文件（.moelab）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_datasets.cpp" line="+21"/>
        <location filename="../app/cli/cmd_generate.cpp" line="+91"/>
        <location filename="../app/cli/cmd_grad.cpp" line="+27"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set one configuration key, e.g. routing.k=2 (repeatable; applied after --config).</source>
        <translation>设置一个配置键，例如 routing.k=2（可重复；在 --config 之后应用）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_lesson.cpp" line="+181"/>
        <source>key=value</source>
        <translation>键=值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training steps (same as --set train.steps=N).</source>
        <translation>训练步数（等同于 --set train.steps=N）。</translation>
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
        <translation>必须提供 --config FILE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--set %1: %2</source>
        <translation>--set %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--steps: %1</source>
        <translation>--steps：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configuration keys (--set key=value):</source>
        <translation>配置键（--set 键=值）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>whole number %1..%2</source>
        <translation>整数 %1..%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number %1..%2</source>
        <translation>数字 %1..%2</translation>
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
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_datasets.cpp" line="-2"/>
        <source>bytes of text</source>
        <translation>文本字节</translation>
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
        <translation>（%1×%2 图像）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n classes</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the datasets that can be trained on (set one with --set data.name=ID), with their size: samples × features. The text corpora train the MoE language model on their bytes.</source>
        <translation>列出可用于训练的数据集（用 --set data.name=ID 选择），并给出其规模：样本数 × 特征数。文本语料用其字节训练 MoE 语言模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON.</source>
        <translation>以 JSON 格式输出列表。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samples × features</source>
        <translation>样本 × 特征</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_bench.cpp" line="+27"/>
        <source>Time training steps of the engine on a fixed workload (the shapes of the PyTorch peer) and print one JSON line per run.</source>
        <translation>在固定负载（与 PyTorch 对照实现的形状相同）上计时计算引擎的训练步，每次运行输出一行 JSON。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workload: %1, or all.</source>
        <translation>工作负载：%1，或 all。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cmd_datasets.cpp" line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenMP threads (default 1).</source>
        <translation>OpenMP 线程数（默认 1）。</translation>
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
        <translation>至少计时这么多步（默认 200）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least this many timed seconds (default 2).</source>
        <translation>至少计时这么多秒（默认 2）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untimed warm-up steps (default 20).</source>
        <translation>不计时的预热步数（默认 20）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the weights and data (default 0).</source>
        <translation>权重和数据的随机种子（默认 0）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form every weight gradient in the backward pass (as a framework does) instead of leaving large expert gradients to the optimizer&apos;s pass.</source>
        <translation>在反向传播中求出全部权重梯度（与深度学习框架相同），而不是把大型专家的梯度留给优化器在其遍历中求出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bench: --workload is required (%1, or all)</source>
        <translation>bench：必须提供 --workload（%1，或 all）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bench: unknown workload &apos;%1&apos; (%2, or all)</source>
        <translation>bench：未知工作负载“%1”（%2，或 all）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bench: --threads must be a whole number from 1 to 1024</source>
        <translation>bench：--threads 必须是 1 到 1024 之间的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --steps must be a whole number of at least 1</source>
        <translation>bench：--steps 必须是至少为 1 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --min-time must be a number of seconds, 0 or more</source>
        <translation>bench：--min-time 必须是不小于 0 的秒数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --warmup must be a whole number, 0 or more</source>
        <translation>bench：--warmup 必须是不小于 0 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bench: --seed must be a whole number</source>
        <translation>bench：--seed 必须是整数</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_datasets.cpp" line="+6"/>
        <source>  [not available: %1]</source>
        <translation>  [不可用：%1]</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_grad.cpp" line="-4"/>
        <source>Print the loss of one batch and the gradient of every parameter as JSON, under the weights of the experiment file (or a fresh initialisation).</source>
        <translation>以 JSON 输出一个批次的损失和每个参数的梯度，使用实验文件中的权重（或全新初始化）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV file with one sample per row: the features, then the label.</source>
        <translation>每行一个样本的 CSV 文件：先是特征，然后是标签。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grad: --batch FILE.csv is required</source>
        <translation>grad：必须提供 --batch FILE.csv</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--batch: %1 features per row, but the model takes %2</source>
        <translation>--batch：每行 %1 个特征，但模型需要 %2 个</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--config: %1</source>
        <translation>--config：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_keys.cpp" line="+14"/>
        <source>Print every configuration key with its value: the defaults, or the result of --config and --set. --json prints an experiment file.</source>
        <translation>输出每个配置键及其值：默认值，或 --config 与 --set 的结果。--json 输出一个实验文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a .moelab experiment file.</source>
        <translation>输出一个 .moelab 实验文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe each key (type, range, meaning).</source>
        <translation>说明每个键（类型、范围、含义）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sweep.cpp" line="-15"/>
        <source>Train every combination of the --vary values (in parallel), overlay their curves in comparison plots and write a summary table as CSV and Markdown.</source>
        <translation>（并行）训练 --vary 取值的每种组合，在对比图中叠加它们的曲线，并以 CSV 和 Markdown 写出汇总表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A key and the values to try, e.g. routing.k=1,2,4 (repeatable: the grid of all combinations).</source>
        <translation>一个键及要尝试的取值，例如 routing.k=1,2,4（可重复：所有组合构成网格）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key=v1,v2,...</source>
        <translation>键=v1,v2,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep folder to write (replaced if it holds an earlier sweep).</source>
        <translation>要写入的扫描文件夹（若其中有先前的扫描结果则替换）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_lesson.cpp" line="-127"/>
        <source>Inference of sample %1 (input %2):</source>
        <translation>样本 %1 的推理（输入 %2）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  1 route:   router logits z = %1</source>
        <translation>  1 路由：  路由器 logits z = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             softmax p = %1</source>
        <translation>             softmax p = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  2 select:  experts %1, combine weights w = %2</source>
        <translation>  2 选择：  专家 %1，组合权重 w = %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>             expert %1 says %2</source>
        <translation>             专家 %1 输出 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  3 combine: y = Σ w_e·f_e(x) = %1</source>
        <translation>  3 组合：  y = Σ w_e·f_e(x) = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>             prediction %1</source>
        <translation>             预测 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>             true class %1</source>
        <translation>             真实类别 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+30"/>
        <location line="+46"/>
        <source>Lesson %1: %2</source>
        <translation>课程 %1：%2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Watch: %1</source>
        <translation>观察：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+35"/>
        <source>After %1 steps:</source>
        <translation>%1 步之后：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  expert load (last step): %1</source>
        <translation>  专家负载（最后一步）：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run folder: %1</source>
        <translation>运行文件夹：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ok</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appeared: yes (%1 s)</source>
        <translation>是否出现：是（%1 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appeared: no (%1 s)</source>
        <translation>是否出现：否（%1 秒）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run a built-in lesson (or a .moelab file with a lesson section) headless, or with --check measure whether its effect appears: exit 0 if it did, 1 if not, 2 for bad input.</source>
        <translation>无界面地运行一个内置课程（或带课程部分的 .moelab 文件），或用 --check 检测其效应是否出现：出现则退出码 0，未出现为 1，输入错误为 2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the built-in lessons: id, then title.</source>
        <translation>列出内置课程：id，然后是标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure the lesson&apos;s phenomenon and say whether it appeared.</source>
        <translation>测量课程所讲的现象，并说明它是否出现。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this seed for the data and the training.</source>
        <translation>对数据和训练使用此随机种子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change one configuration key of the lesson (repeatable).</source>
        <translation>修改课程的一个配置键（可重复）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training steps.</source>
        <translation>训练步数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_sweep.cpp" line="+1"/>
        <location filename="../app/cli/cmd_train.cpp" line="+36"/>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write the run folder (without --check).</source>
        <translation>写出运行文件夹（不与 --check 同用）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lesson id (see --list) or a .moelab file.</source>
        <translation>课程 id（见 --list）或一个 .moelab 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lesson: give one lesson name (moelab-cli lesson --list shows them)</source>
        <translation>lesson：请给出一个课程名（用 moelab-cli lesson --list 查看）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--seed: expected a whole number ≥ 0</source>
        <translation>--seed：应为 ≥ 0 的整数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lesson: --out writes a run, --check measures; give one of them</source>
        <translation>lesson：--out 写出运行，--check 进行测量；请二选一</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_sweep.cpp" line="+2"/>
        <source>Runs at once (default: the number of cores); each run then trains on one thread.</source>
        <translation>同时进行的运行数（默认：CPU 核数）；每个运行使用一个线程训练。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also draw every run&apos;s own plots.</source>
        <translation>同时绘制每个运行自己的图表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write no plots at all.</source>
        <translation>完全不写出图表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cmd_train.cpp" line="+3"/>
        <source>Plot formats, comma separated (default png,pdf,svg).</source>
        <translation>图表格式，以逗号分隔（默认 png,pdf,svg）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cmd_train.cpp" line="+0"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/cmd_train.cpp" line="+3"/>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sweep: unexpected argument &apos;%1&apos;</source>
        <translation>sweep：意外的参数“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sweep: --out DIR is required</source>
        <translation>sweep：必须提供 --out DIR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sweep: give at least one --vary key=v1,v2,...</source>
        <translation>sweep：请至少给出一个 --vary key=v1,v2,...</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/cmd_train.cpp" line="+23"/>
        <source>--formats: &apos;%1&apos; is not one of png, pdf, svg</source>
        <translation>--formats：“%1”不是 png、pdf、svg 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--jobs: expected a whole number from 1 to 256, got &apos;%1&apos;</source>
        <translation>--jobs：应为 1 到 256 之间的整数，实际为“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sweep: the grid has more than %1 runs</source>
        <translation>sweep：网格中的运行数超过 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sweep: %1 runs, %2 at once</source>
        <translation>sweep：共 %1 个运行，同时进行 %2 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run %1/%2 (%3) failed: %4</source>
        <translation>运行 %1/%2（%3）失败：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>run %1/%2 (%3): test accuracy %4, test loss %5, max/mean load %6</source>
        <translation>运行 %1/%2（%3）：测试准确率 %4，测试损失 %5，最大/平均负载 %6</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n run(s) could not start</source>
        <translation>
            <numerusform>%n 个运行无法启动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_train.cpp" line="-38"/>
        <source>Train one experiment and write its run folder: config.moelab, metrics.csv, experts.csv, summary.json and plots/ (PNG, PDF, SVG). On a text corpus (data.name shakespeare, fortunes, text) it trains the MoE language model and writes config.moelab, checkpoint.bin, metrics.csv, blocks.csv, drops_by_position.csv (finite capacity), summary.json and plots/loss.</source>
        <translation>训练一个实验并写出其运行文件夹：config.moelab、metrics.csv、experts.csv、summary.json 和 plots/（PNG、PDF、SVG）。在文本语料上（data.name 为 shakespeare、fortunes、text）则训练 MoE 语言模型，写出 config.moelab、checkpoint.bin、metrics.csv、blocks.csv、drops_by_position.csv（容量有限时）、summary.json 和 plots/loss。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run folder to write (replaced if it holds an earlier run).</source>
        <translation>要写入的运行文件夹（若其中有先前的运行则替换）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write no plots.</source>
        <translation>不写出图表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expert parallelism (mpirun -np P … --set parallel.ranks=P): print one JSON line per step, evaluation and end on stdout, for a window to read live; also writes traffic.csv. While it runs, rank 0 reads commands on stdin, one JSON line each: {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;} knocks out rank 1 from the next step, &quot;value&quot;:&quot;none&quot; restores it, &quot;step&quot;:N waits for step N (see app/cli/README.md).</source>
        <translation>专家并行（mpirun -np P … --set parallel.ranks=P）：每一步、每次评估和结束时在 stdout 输出一行 JSON，供窗口实时读取；同时写入 traffic.csv。运行期间，进程 0 从 stdin 读取命令，每行一个 JSON：{&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;} 从下一步起停用进程 1，&quot;value&quot;:&quot;none&quot; 恢复它，&quot;step&quot;:N 等到第 N 步（见 app/cli/README.md）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>train: unexpected argument &apos;%1&apos;</source>
        <translation>train：意外的参数“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>train: --out DIR is required</source>
        <translation>train：必须提供 --out DIR</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>training %1 on %2 (%3 samples, %4 features): %5 experts, %6, k=%7, %8 steps</source>
        <translation>正在训练 %1，数据集 %2（%3 个样本，%4 个特征）：%5 个专家，%6，k=%7，%8 步</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/train_parallel.cpp" line="+341"/>
        <source>step %1/%2  train loss %3  test loss %4  accuracy %5  (%6 s)</source>
        <translation>第 %1/%2 步  训练损失 %3  测试损失 %4  准确率 %5  （%6 秒）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/train_parallel.cpp" line="+45"/>
        <source>training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done: test accuracy %1, test loss %2, max/mean load %3; wrote %4</source>
        <translation>完成：测试准确率 %1，测试损失 %2，最大/平均负载 %3；已写入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/command_table.cpp" line="+11"/>
        <source>Train one experiment and write its run folder.</source>
        <translation>训练一个实验并写出其运行文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train a grid of experiments and compare them.</source>
        <translation>训练一组网格实验并进行比较。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the loss and every gradient of one batch as JSON.</source>
        <translation>以 JSON 输出一个批次的损失和所有梯度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample text from a trained language model (and show its routing).</source>
        <translation>从训练好的语言模型采样文本（并显示其路由）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the datasets that can be trained on.</source>
        <translation>列出可用于训练的数据集。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the configuration keys with their values.</source>
        <translation>列出配置键及其取值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure the speed of the engine on fixed workloads.</source>
        <translation>在固定工作负载上测量计算引擎的速度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run a built-in lesson, or check that its effect appears.</source>
        <translation>运行一个内置课程，或检验其效应是否出现。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+29"/>
        <source>Usage: moelab-cli COMMAND [options]

MoE Lab without a window: train Mixture-of-Experts models, run sweeps and export their plots and numbers.

Commands:
</source>
        <translation>用法：moelab-cli 命令 [选项]

无窗口的 MoE Lab：训练混合专家（Mixture-of-Experts）模型、运行参数扫描，并导出图表和数值。

命令：
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run &apos;moelab-cli COMMAND --help&apos; for the options of a command.
Exit status: 0 done, 1 the run failed, 2 bad input.</source>
        <translation>运行“moelab-cli 命令 --help”查看某个命令的选项。
退出码：0 完成，1 运行失败，2 输入错误。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>unknown command &apos;%1&apos; (see moelab-cli --help)</source>
        <translation>未知命令“%1”（参见 moelab-cli --help）</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_generate.cpp" line="-9"/>
        <source>Sample bytes from a trained language model and print them; with --routing, print each byte&apos;s experts per block as JSON lines instead.</source>
        <translation>从训练好的语言模型采样字节并输出；使用 --routing 时改为以 JSON 行输出每个字节在各块中路由到的专家。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The config.moelab of a language-model run folder (its checkpoint.bin beside it), or the checkpoint file itself.</source>
        <translation>语言模型运行文件夹中的 config.moelab（其旁边有 checkpoint.bin），或检查点文件本身。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text the generated bytes follow.</source>
        <translation>生成的字节所接续的文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes to generate (default 200).</source>
        <translation>要生成的字节数（默认 200）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling temperature; 0 always takes the likeliest byte (default 1).</source>
        <translation>采样温度；0 表示总是取可能性最大的字节（默认 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample among the K likeliest bytes only (default 0 = all 256).</source>
        <translation>只在可能性最大的 K 个字节中采样（默认 0 = 全部 256 个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the sampling (default 1).</source>
        <translation>采样的随机种子（默认 1）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON line per byte (prompt and generated) with the experts and weights it was routed to in each block.</source>
        <translation>每个字节（提示和生成的）输出一行 JSON，给出它在每个块中路由到的专家及其组合权重。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>generate: unexpected argument &apos;%1&apos;</source>
        <translation>generate：意外的参数“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: --config FILE is required</source>
        <translation>generate：必须提供 --config FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: --bytes must be a whole number from 0 to 1000000, not &apos;%1&apos;</source>
        <translation>generate：--bytes 必须是 0 到 1000000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generate: --temperature must be a number from 0 to 1000, not &apos;%1&apos;</source>
        <translation>generate：--temperature 必须是 0 到 1000 之间的数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate: --top-k must be a whole number from 0 to 256, not &apos;%1&apos;</source>
        <translation>generate：--top-k 必须是 0 到 256 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate: --seed must be a whole number, not &apos;%1&apos;</source>
        <translation>generate：--seed 必须是整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>generate: %1: no such file</source>
        <translation>generate：%1：文件不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>generate: %1 is not a language-model run (data.name is &apos;%2&apos;); give the config.moelab of a run on a text corpus, or its checkpoint</source>
        <translation>generate：%1 不是语言模型的运行（data.name 为“%2”）；请给出在文本语料上训练的运行的 config.moelab，或其检查点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>generate: %1: the checkpoint %2 is missing (moelab-cli train writes it beside config.moelab)</source>
        <translation>generate：%1：缺少检查点 %2（moelab-cli train 会把它写在 config.moelab 旁边）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generate: cannot use the checkpoint: %1</source>
        <translation>generate：无法使用该检查点：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>generate: %1: %2</source>
        <translation>generate：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/train_text.cpp" line="+33"/>
        <source>training the language model on %1 (%2 training bytes, %3 validation bytes), %4 steps</source>
        <translation>在 %1 上训练语言模型（训练字节 %2，验证字节 %3），共 %4 步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 blocks, width %2, %3 heads, context %4; per block %5 experts of width %6, %7, k=%8</source>
        <translation>  %1 个块，宽度 %2，%3 个注意力头，上下文 %4；每块 %5 个宽度为 %6 的专家，%7，k=%8</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>step %1/%2  train loss %3  val loss %4  (%5 bits per byte)  lr %6  %7 ms per step  (%8 s)</source>
        <translation>第 %1/%2 步  训练损失 %3  验证损失 %4  （每字节 %5 比特）  学习率 %6  每步 %7 毫秒  （%8 秒）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>training stopped: %1 (the run folder %2 is written; summary.json says &quot;diverged&quot;: true)</source>
        <translation>训练已停止：%1（运行文件夹 %2 已写出；summary.json 中为 &quot;diverged&quot;: true）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>done: validation loss %1 (%2 bits per byte), %3 steps per second; wrote %4</source>
        <translation>完成：验证损失 %1（每字节 %2 比特），每秒 %3 步；已写入 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/train_parallel.cpp" line="-341"/>
        <source>this moelab-cli was built without MPI, so parallel.ranks &gt; 1 and --stream are not available: install MPI (apt-get install openmpi-bin libopenmpi-dev), build again and start it with mpirun -np P</source>
        <translation>此 moelab-cli 构建时没有 MPI，因此 parallel.ranks &gt; 1 和 --stream 不可用：请安装 MPI（apt-get install openmpi-bin libopenmpi-dev），重新构建，并用 mpirun -np P 启动</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>command refused: %1</source>
        <translation>命令被拒绝：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from step %1 no rank is knocked out</source>
        <translation>从第 %1 步起没有进程被停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from step %1 every expert of rank %2 is knocked out</source>
        <translation>从第 %1 步起进程 %2 的所有专家被停用</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+11"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>parallel.ranks is %1 but the job has %2 process(es): start it with mpirun -np %1 moelab-cli train --set parallel.ranks=%1 …, or set parallel.ranks=%2 for this job</source>
        <translation>parallel.ranks 为 %1，但作业有 %2 个进程：请用 mpirun -np %1 moelab-cli train --set parallel.ranks=%1 … 启动，或为此作业设置 parallel.ranks=%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the language model does not run under expert parallelism yet: choose a vector dataset (e.g. data.name=fashion_mnist) or parallel.ranks=1</source>
        <translation>语言模型暂不支持专家并行：请选择向量数据集（例如 data.name=fashion_mnist）或 parallel.ranks=1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another rank could not load the dataset</source>
        <translation>另一个进程无法加载数据集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rank 0 cannot write the run folder</source>
        <translation>进程 0 无法写入运行文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>another rank could not set up the model</source>
        <translation>另一个进程无法建立模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>training %1 on %2 over %3 ranks (%4 placement): %5 experts, k=%6, %7 steps</source>
        <translation>在 %2 上用 %3 个进程训练 %1（放置方式 %4）：%5 个专家，k=%6，%7 步</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>rank %1: %2</source>
        <translation>进程 %1：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>done: %1 ranks, %2 all-to-all bytes per step, communication %3% of the step time, max/mean rank load %4; wrote %5</source>
        <translation>完成：%1 个进程，每步 all-to-all %2 字节，通信占步时 %3%，进程负载最大/平均 %4；已写入 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/parallel_report.cpp" line="+153"/>
        <source>the command &apos;%1&apos; is not a JSON object (e.g. {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;})</source>
        <translation>命令“%1”不是 JSON 对象（例如 {&quot;set&quot;:&quot;parallel.failed_rank&quot;,&quot;value&quot;:&quot;1&quot;}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the command &apos;%1&apos; has no &quot;set&quot; key naming what to change</source>
        <translation>命令“%1”没有说明要改什么的 &quot;set&quot; 键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; cannot change while the job runs; only parallel.failed_rank can</source>
        <translation>作业运行时不能更改“%1”；只能更改 parallel.failed_rank</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>parallel.failed_rank: &apos;%1&apos; is not a rank (a whole number, or -1 or &quot;none&quot; for none)</source>
        <translation>parallel.failed_rank：“%1”不是进程编号（应为整数，或用 -1 或 &quot;none&quot; 表示无）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the command&apos;s &quot;step&quot; must be a whole number ≥ 1 (the first step it applies to)</source>
        <translation>命令的 &quot;step&quot; 必须是 ≥ 1 的整数（它生效的第一步）</translation>
    </message>
</context>
</TS>
