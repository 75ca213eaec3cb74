"""The demo company's catalogue: an office-supplies and IT reseller (华信办公).

The black-and-white laser printer lists at ¥2,900.00, the price from the product brief's
"two reps, two prices" story, so that the one-price rule can be shown on a familiar number.
"""

from __future__ import annotations

from dataclasses import dataclass

COMPANY_NAME = "华信办公设备有限公司"
COMPANY_DOMAIN = "huaxin-office.com.cn"


@dataclass(frozen=True, slots=True)
class CatalogueItem:
    sku: str
    name: str
    unit: str
    list_price: str
    product_line: str
    description: str
    active: bool = True


COMPUTERS = "电脑整机"
PRINTING = "打印设备"
CONSUMABLES = "办公耗材"
STATIONERY = "办公用品"
FURNITURE = "办公家具"
NETWORK = "网络设备"
SOFTWARE = "软件与服务"

CATALOGUE: tuple[CatalogueItem, ...] = (
    CatalogueItem(
        "PC-D3000",
        "商用台式机 i5/16G/512G",
        "台",
        "4299.00",
        COMPUTERS,
        "主流办公台式机，三年上门保修",
    ),
    CatalogueItem(
        "PC-D5000",
        "高性能台式工作站 i7/32G/1T",
        "台",
        "7899.00",
        COMPUTERS,
        "设计与工程计算用工作站，三年上门保修",
    ),
    CatalogueItem(
        "PC-D2000",
        "商用台式机 i3/8G/256G（上一代）",
        "台",
        "3299.00",
        COMPUTERS,
        "已停产，仅供历史报价参考",
        active=False,
    ),
    CatalogueItem(
        "NB-T14",
        "商务笔记本电脑 14英寸",
        "台",
        "5999.00",
        COMPUTERS,
        "i5/16G/512G，1.4kg，两年保修",
    ),
    CatalogueItem(
        "NB-X13", "轻薄笔记本电脑 13英寸", "台", "7499.00", COMPUTERS, "i7/16G/1T，高管及移动办公"
    ),
    CatalogueItem("MN-24F", "24英寸护眼显示器", "台", "1099.00", COMPUTERS, "IPS 全高清，低蓝光"),
    CatalogueItem(
        "MN-27Q", "27英寸2K显示器", "台", "1899.00", COMPUTERS, "2560×1440，可升降旋转支架"
    ),
    CatalogueItem(
        "PR-L2900",
        "黑白激光打印机",
        "台",
        "2900.00",
        PRINTING,
        "A4 黑白 30页/分钟，自动双面，有线及无线网络",
    ),
    CatalogueItem(
        "PR-M4000",
        "彩色激光多功能一体机",
        "台",
        "6800.00",
        PRINTING,
        "打印/复印/扫描/传真，A4 彩色 25页/分钟",
    ),
    CatalogueItem(
        "PR-A3500",
        "A3数码复合机",
        "台",
        "18500.00",
        PRINTING,
        "A3 黑白 35页/分钟，含输稿器与双纸盒",
    ),
    CatalogueItem("PR-I800", "喷墨打印机", "台", "899.00", PRINTING, "小型办公室彩色打印"),
    CatalogueItem(
        "SC-D200", "高速文档扫描仪", "台", "3600.00", PRINTING, "双面 60页/分钟，档案数字化"
    ),
    CatalogueItem(
        "TN-2900", "原装硒鼓（PR-L2900适用）", "个", "399.00", CONSUMABLES, "约 3,000 页"
    ),
    CatalogueItem(
        "TN-4000C", "彩色硒鼓四色套装", "套", "1680.00", CONSUMABLES, "PR-M4000 适用，黑/青/品红/黄"
    ),
    CatalogueItem("INK-800", "墨盒套装", "套", "259.00", CONSUMABLES, "PR-I800 适用"),
    CatalogueItem("PA-A4-70", "A4复印纸 70g（5包/箱）", "箱", "135.00", CONSUMABLES, "每包 500 张"),
    CatalogueItem("PA-A3-80", "A3复印纸 80g（5包/箱）", "箱", "245.00", CONSUMABLES, "每包 500 张"),
    CatalogueItem("ST-PEN05", "中性笔 0.5mm（12支/盒）", "盒", "18.00", STATIONERY, "黑色"),
    CatalogueItem("ST-FOLD", "文件夹（10个/包）", "包", "35.00", STATIONERY, "A4 双强力夹"),
    CatalogueItem("ST-BIND", "订书机套装", "套", "45.00", STATIONERY, "含订书钉 1,000 枚"),
    CatalogueItem("FN-CH01", "人体工学办公椅", "把", "1280.00", FURNITURE, "网布靠背，可调扶手"),
    CatalogueItem("FN-DK14", "办公桌 1.4米", "张", "1560.00", FURNITURE, "含活动柜"),
    CatalogueItem("FN-CB01", "钢制文件柜", "个", "890.00", FURNITURE, "四门带锁"),
    CatalogueItem("NW-SW24", "24口千兆交换机", "台", "1350.00", NETWORK, "可网管，含 4 个光口"),
    CatalogueItem(
        "NW-AP6", "企业级无线AP（Wi-Fi 6）", "台", "980.00", NETWORK, "吸顶安装，PoE 供电"
    ),
    CatalogueItem("NW-FW1", "下一代防火墙", "台", "12800.00", NETWORK, "含一年特征库升级"),
    CatalogueItem(
        "SW-OFF", "正版办公软件（永久授权）", "套", "2390.00", SOFTWARE, "单用户永久授权"
    ),
    CatalogueItem("SW-AV", "企业杀毒软件（年度授权）", "套", "98.00", SOFTWARE, "每终端每年"),
    CatalogueItem(
        "SV-CARE",
        "打印设备年度维保服务",
        "年",
        "1200.00",
        SOFTWARE,
        "每台设备每年，含上门维修与保养",
    ),
    CatalogueItem(
        "SV-INST", "上门安装调试服务", "次", "300.00", SOFTWARE, "市区内，单次不超过 4 小时"
    ),
)

DEALS: dict[str, tuple[str, ...]] = {
    COMPUTERS: ("办公电脑集中采购", "笔记本电脑更新换代", "显示器升级"),
    PRINTING: ("打印设备更换", "多功能一体机采购", "文印中心建设"),
    CONSUMABLES: ("年度耗材框架协议", "复印纸年度采购"),
    STATIONERY: ("办公用品年度采购",),
    FURNITURE: ("新办公区家具采购",),
    NETWORK: ("办公网络改造", "无线网络覆盖项目"),
    SOFTWARE: ("软件正版化采购", "打印设备维保续约"),
}
"""What an opportunity in each product line is typically called (…年办公电脑集中采购)."""
